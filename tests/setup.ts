// Matchers such as toBeInTheDocument() for component tests (jsdom environment).
import '@testing-library/jest-dom/vitest';
