// Matchers such as toBeInTheDocument() for component tests (jsdom environment).
import '@testing-library/jest-dom/vitest';
import { loadNoticeWords } from '../src/words/notices';

// The notices' words, which the page loads with the first notice it shows: here at once, so that
// a notice reads (and shows) as soon as it is made.
await loadNoticeWords();
