// @vitest-environment jsdom
// The printed handout in French: its headings, the allies by their French names, their positions
// and evidence in French, and the outcome as the banner says it.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/renderApp';

describe('the handout in French', () => {
  it('prints the table in French', () => {
    openApp({ language: 'fr' });
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const handout = screen.getByLabelText('Fiche imprimée');
    expect(within(handout).getByText(/^Bloquée\s: France s’y oppose/)).toBeInTheDocument();
    const germany = within(handout).getByRole('rowheader', { name: /^Allemagne/, hidden: true });
    expect(germany).toHaveTextContent('Allemagne suit France');
    expect(germany.closest('tr')).toHaveTextContent(/Objection.*Déduction/);
    for (const name of ['Allié', 'Position', 'Niveau de preuve', 'Sources'])
      expect(
        within(handout).getAllByRole('columnheader', { name, hidden: true }).length,
      ).toBeGreaterThan(0);
    expect(within(handout).getByRole('heading', { name: 'Sources', hidden: true })).toBeTruthy();
    expect(handout).toHaveTextContent(/Niveau de preuve\s: Officiel/);
    expect(handout).not.toHaveTextContent(/Evidence|outlined|decision rule/);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
  });
});
