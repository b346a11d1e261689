// @vitest-environment jsdom
// French chosen while its catalog cannot load (the network is down): the page says so and stays
// in the language it speaks, and the choice goes back to it.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type * as LanguageModule from '../src/app/language';
import { openApp } from './support/renderApp';

vi.mock('../src/app/language', async (importOriginal) => {
  const real = await importOriginal<typeof LanguageModule>();
  return {
    ...real,
    loadCatalog: (language: 'en' | 'fr') =>
      language === 'en' ? real.loadCatalog('en') : Promise.reject(new Error('offline')),
  };
});

describe('a language that does not load', () => {
  it('says so, and the page stays in English', async () => {
    const user = userEvent.setup();
    openApp({ language: 'en' });
    const language = screen.getByRole('combobox', { name: 'Language' });
    await user.selectOptions(language, 'Français');
    expect(await screen.findByText(/^Français: this language did not load/)).toBeInTheDocument();
    await waitFor(() => expect(language).toHaveValue('en'));
    expect(screen.getByRole('radiogroup', { name: 'Germany' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^Blocked/);
    expect(window.location.hash).not.toMatch(/lang=/);
    expect(document.documentElement.lang).toBe('en');
  });
});
