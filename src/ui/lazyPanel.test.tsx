// @vitest-environment jsdom
// A tab's panel whose code loads on first open: busy, then the panel; a failed load says so and
// offers Retry.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { lazyPanel } from './lazyPanel';

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;

describe('lazyPanel', () => {
  it('shows a busy line until the code is here, then the panel; later renders at once', async () => {
    let arrive: (component: typeof Hello) => void = () => {};
    const { Panel } = lazyPanel(() => new Promise<typeof Hello>((r) => (arrive = r)));
    const first = render(<Panel name="Ana" />);
    expect(screen.getByText('Loading…')).toHaveAttribute('aria-busy', 'true');
    arrive(Hello);
    expect(await screen.findByText('Hello Ana')).toBeInTheDocument();
    first.unmount();
    render(<Panel name="Ben" />);
    expect(screen.getByText('Hello Ben')).toBeInTheDocument();
  });

  it('says so when the code does not load, and Retry fetches it again', async () => {
    const user = userEvent.setup();
    let tries = 0;
    const { Panel } = lazyPanel(() =>
      ++tries === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Hello),
    );
    render(<Panel name="Ana" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('This panel did not load');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Hello Ana')).toBeInTheDocument();
    expect(tries).toBe(2);
  });
});
