// @vitest-environment jsdom
// The offline build's news as a user meets it: found by its words and its buttons.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IntlProvider } from 'react-intl';
import { describe, expect, it, vi } from 'vitest';
import { createOfflineStore } from '../state/offline';
import french from '../words/compiled/fr.json';
import type { Catalog } from '../words/intl';
import { UpdateBar } from './UpdateBar';

describe('UpdateBar', () => {
  it('says nothing until the offline build has news', () => {
    render(<UpdateBar store={createOfflineStore()} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByText(/offline|new version/)).not.toBeInTheDocument();
  });

  it('says once that the simulator now works offline, then leaves by itself', () => {
    vi.useFakeTimers();
    try {
      const store = createOfflineStore();
      render(<UpdateBar store={store} />);
      act(() => store.setState({ stage: 'ready' }));
      expect(screen.getByText(/^Ready to work offline/)).toBeInTheDocument();
      act(() => vi.advanceTimersByTime(10_000));
      expect(screen.queryByText(/^Ready to work offline/)).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the news of the first install while presenting: its time starts when it can be seen', () => {
    vi.useFakeTimers();
    try {
      const store = createOfflineStore();
      const { rerender } = render(<UpdateBar store={store} presenting />);
      act(() => store.setState({ stage: 'ready' }));
      act(() => vi.advanceTimersByTime(60_000));
      rerender(<UpdateBar store={store} presenting={false} />);
      expect(screen.getByText(/^Ready to work offline/)).toBeInTheDocument();
      act(() => vi.advanceTimersByTime(10_000));
      expect(screen.queryByText(/^Ready to work offline/)).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers a new version: Update now takes it, Later puts it off', async () => {
    const user = userEvent.setup();
    const store = createOfflineStore();
    const update = vi.fn();
    render(<UpdateBar store={store} />);
    act(() => store.setState({ stage: 'update', update }));
    expect(screen.getByText(/^A new version of the simulator is ready/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Update now' }));
    expect(update).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByText(/new version/)).not.toBeInTheDocument();
    expect(update).toHaveBeenCalledOnce();
  });

  it('speaks French: the offline and update cards and their buttons', async () => {
    const user = userEvent.setup();
    const store = createOfflineStore();
    const update = vi.fn();
    render(
      <IntlProvider locale="fr" defaultLocale="en" messages={french as unknown as Catalog}>
        <UpdateBar store={store} />
      </IntlProvider>,
    );
    act(() => store.setState({ stage: 'ready' }));
    expect(screen.getByText(/^Prêt à fonctionner hors ligne/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fermer' }));
    act(() => store.setState({ stage: 'update', update }));
    expect(screen.getByText(/^Une nouvelle version du simulateur est prête/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mettre à jour' }));
    expect(update).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Plus tard' }));
    expect(screen.queryByText(/nouvelle version/)).not.toBeInTheDocument();
  });
});
