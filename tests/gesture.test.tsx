// @vitest-environment jsdom
// Undo after dragging a chance slider: each drag is one step, two drags are two.
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './support/renderApp';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const slider = () =>
  within(screen.getByRole('region', { name: 'Odds' })).getByRole('slider', {
    name: 'Chance Hungary consents',
  });

/** A drag as the browser reports it: pointer down, values while moving, pointer up. */
function drag(to: readonly number[]) {
  const el = slider();
  fireEvent.pointerDown(el);
  for (const v of to) fireEvent.change(el, { target: { value: String(v) } });
  fireEvent.pointerUp(el);
}

describe('dragging a chance slider', () => {
  it('one drag is one step of history', async () => {
    const user = userEvent.setup();
    cleanup = renderApp().unmount;
    fireEvent.click(screen.getByRole('tab', { name: 'Odds' }));
    drag([45, 40, 35]);
    expect(slider()).toHaveValue('35');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(slider()).toHaveValue('50');
  });

  it('two drags of the same slider, with nothing between, are two steps', async () => {
    const user = userEvent.setup();
    cleanup = renderApp().unmount;
    fireEvent.click(screen.getByRole('tab', { name: 'Odds' }));
    drag([45, 40]);
    drag([30, 20]);
    expect(slider()).toHaveValue('20');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(slider()).toHaveValue('40');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(slider()).toHaveValue('50');
  });

  it('typing a chance, leaving the field, then typing again: two steps', async () => {
    const user = userEvent.setup();
    cleanup = renderApp().unmount;
    fireEvent.click(screen.getByRole('tab', { name: 'Odds' }));
    const number = within(screen.getByRole('region', { name: 'Odds' })).getByRole('spinbutton', {
      name: 'Chance Hungary consents, in percent',
    });
    fireEvent.change(number, { target: { value: '30' } });
    fireEvent.blur(number);
    fireEvent.change(number, { target: { value: '10' } });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(slider()).toHaveValue('30');
  });
});
