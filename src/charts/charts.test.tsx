// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MarginDatum } from './types';
import { ComparisonStrip } from './ComparisonStrip';
import { Hemicycle } from './Hemicycle';
import { PositionMark } from './marks';
import { ThresholdBars } from './ThresholdBars';
import type { RuleVerdict, SeatDatum } from './types';

const seats: SeatDatum[] = [
  {
    id: 'US',
    name: 'United States',
    position: 'support',
    blocker: false,
    pivotal: false,
    follows: null,
  },
  {
    id: 'GB',
    name: 'United Kingdom',
    position: 'support',
    blocker: false,
    pivotal: false,
    follows: null,
  },
  {
    id: 'HU',
    name: 'Hungary',
    position: 'undecided',
    blocker: false,
    pivotal: false,
    follows: 'Türkiye',
  },
  {
    id: 'TR',
    name: 'Türkiye',
    position: 'undecided',
    blocker: false,
    pivotal: false,
    follows: null,
  },
  { id: 'FR', name: 'France', position: 'object', blocker: true, pivotal: true, follows: null },
];

describe('Hemicycle', () => {
  const setup = () => {
    const onCycle = vi.fn();
    const user = userEvent.setup();
    render(<Hemicycle seats={seats} title="The Council" onCycle={onCycle} />);
    return { onCycle, user };
  };

  it('is a group named by its title and described from the data', () => {
    setup();
    const group = screen.getByRole('group', { name: 'The Council' });
    expect(group).toHaveAccessibleDescription(
      '5 seats. 2 support, 2 undecided, 1 object. Blocking: France. Pivotal: France. Following: Hungary follows Türkiye.',
    );
    expect(within(group).getAllByRole('button')).toHaveLength(5);
  });

  it('names each seat with its state and the action', () => {
    setup();
    expect(
      screen.getByRole('button', {
        name: 'France: object, blocking, pivotal. Press Enter to change position.',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Hungary: undecided, follows Türkiye/ }),
    ).toBeInTheDocument();
  });

  it('cycles a seat on click', async () => {
    const { onCycle, user } = setup();
    await user.click(screen.getByRole('button', { name: /France: object/ }));
    expect(onCycle).toHaveBeenCalledExactlyOnceWith('FR');
  });

  it('has one tab stop and moves focus with the arrow keys, Home and End', async () => {
    const { onCycle, user } = setup();
    const buttons = screen.getAllByRole('button', { name: /Press Enter/ });
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    await user.tab();
    expect(screen.getByRole('button', { name: /United States/ })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    const uk = screen.getByRole('button', { name: /United Kingdom/ });
    expect(uk).toHaveFocus();
    expect(uk).toHaveAttribute('tabindex', '0');
    await user.keyboard('{Enter}');
    expect(onCycle).toHaveBeenLastCalledWith('GB');
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: /France/ })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: /France/ })).toHaveFocus();
    await user.keyboard(' ');
    expect(onCycle).toHaveBeenLastCalledWith('FR');
    await user.keyboard('{Home}{ArrowLeft}');
    expect(screen.getByRole('button', { name: /United States/ })).toHaveFocus();
    expect(onCycle).toHaveBeenCalledTimes(2);
  });

  it('shows a tooltip on hover and focus', async () => {
    const { user } = setup();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.hover(screen.getByRole('button', { name: /Hungary/ }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Hungary: undecided, follows Türkiye');
    await user.unhover(screen.getByRole('button', { name: /Hungary/ }));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole('tooltip')).toHaveTextContent('United States: support');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('has a table view with one row per ally', async () => {
    const { user } = setup();
    await user.click(screen.getByText('Table view'));
    const table = screen.getByRole('table', { name: 'The Council' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Ally', 'Position', 'Blocking', 'Pivotal', 'Follows']);
    const france = within(table).getByRole('row', { name: /France/ });
    expect(
      within(france)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['object', 'Yes', 'Yes', '—']);
  });

  it('keeps the tab stop on the ally it was on when seats are reordered', async () => {
    const onCycle = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(<Hemicycle seats={seats} title="The Council" onCycle={onCycle} />);
    await user.click(screen.getByRole('button', { name: /Türkiye: undecided/ }));
    rerender(<Hemicycle seats={[...seats].reverse()} title="The Council" onCycle={onCycle} />);
    expect(screen.getByRole('button', { name: /Türkiye: undecided/ })).toHaveAttribute(
      'tabindex',
      '0',
    );
  });
});

describe('the hemicycle count', () => {
  const table: SeatDatum[] = Array.from({ length: 31 }, (_, i) => ({
    id: `A${i}`,
    name: `Ally ${i}`,
    position: i < 28 ? 'support' : 'object',
    blocker: false,
    pivotal: false,
    follows: null,
  }));
  /** The count's baseline and the lowest seat's bottom edge, in the SVG's units. */
  const measure = (width: number) => {
    const { container, unmount } = render(
      <Hemicycle seats={table} title="T" onCycle={() => {}} width={width} />,
    );
    const count = screen.getByText('28 of 31 support');
    // Each seat is placed by its group's translate(x y); its shapes are drawn about the origin.
    const rings = [...container.querySelectorAll('g.seat')].map((g) => {
      const y = Number(/translate\(\S+ (\S+)\)/.exec(g.getAttribute('transform') ?? '')?.[1]);
      return y + Number(g.querySelector('circle')?.getAttribute('r'));
    });
    const out = { countY: Number(count.getAttribute('y')), lowest: Math.max(...rings) };
    unmount();
    return out;
  };

  it('sits between the ends of the inner row when there is room, below the seats on a phone', () => {
    const wide = measure(560);
    expect(wide.countY).toBeLessThan(wide.lowest);
    const narrow = measure(300);
    expect(narrow.countY).toBeGreaterThan(narrow.lowest);
  });
});

describe('ThresholdBars', () => {
  const margins: MarginDatum[] = [
    {
      id: 'allies',
      label: 'Allies not objecting',
      unit: 'allies',
      have: 29,
      possible: 29,
      quota: 31,
      total: 31,
      met: false,
    },
    {
      id: 'blocking-minority',
      label: 'Allies not in favour',
      unit: 'allies',
      have: 5,
      possible: 2,
      quota: 9,
      total: 32,
      met: false,
    },
  ];
  const format = (v: number) => v.toLocaleString('en');

  it('is an image named by its title and described from the margins', () => {
    render(<ThresholdBars margins={margins} title="Thresholds" format={format} />);
    const img = screen.getByRole('img', { name: 'Thresholds' });
    expect(img).toHaveAccessibleDescription(
      'Allies not objecting: 29 of 31, needs 31: not met. Allies not in favour: 5; a blocking minority needs 9: not formed.',
    );
  });

  it('has a table view of the criteria', async () => {
    const user = userEvent.setup();
    render(<ThresholdBars margins={margins} title="Thresholds" format={format} />);
    await user.click(screen.getByText('Table view'));
    const table = screen.getByRole('table', { name: 'Thresholds' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Criterion', 'Now', 'At best', 'Needed', 'Met']);
    const row = within(table).getByRole('row', { name: /Allies not objecting/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['29', '29', '31', 'No']);
  });
});

describe('ComparisonStrip', () => {
  const verdicts: RuleVerdict[] = [
    {
      ruleId: 'nac',
      label: 'NAC consensus',
      status: 'blocked',
      reason: 'France and Germany object',
      current: true,
    },
    { ruleId: 'qmv', label: 'Qualified majority', status: 'passes', reason: '', current: false },
    {
      ruleId: 'unan',
      label: 'Unanimity',
      status: 'pending',
      reason: 'needs 2 more allies',
      current: false,
    },
  ];

  it('is an image described rule by rule', () => {
    render(<ComparisonStrip verdicts={verdicts} title="Under every rule" />);
    const img = screen.getByRole('img', { name: 'Under every rule' });
    expect(img).toHaveAccessibleDescription(
      'Under NAC consensus (current rule): blocked (France and Germany object). ' +
        'Under Qualified majority: passes. Under Unanimity: pending (needs 2 more allies).',
    );
    expect(within(img).queryAllByRole('button')).toHaveLength(0);
  });

  it('has a table view with one row per rule', async () => {
    const user = userEvent.setup();
    render(<ComparisonStrip verdicts={verdicts} title="Under every rule" />);
    await user.click(screen.getByText('Table view'));
    const table = screen.getByRole('table', { name: 'Under every rule' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent(
      'NAC consensus (current rule)',
    );
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Blocked', 'France and Germany object']);
    expect(
      within(rows[3]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Pending', 'needs 2 more allies']);
  });

  it('offers the rules as buttons in the table view when onSelect is given', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<ComparisonStrip verdicts={verdicts} title="Under every rule" onSelect={onSelect} />);
    await user.click(screen.getByText('Table view'));
    await user.click(screen.getByRole('button', { name: 'Qualified majority' }));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('qmv');
    expect(screen.getByRole('button', { name: 'NAC consensus (current rule)' })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });
});

describe('PositionMark', () => {
  it('is hidden from assistive technology', () => {
    const { container } = render(
      <p>
        <PositionMark position="object" blocker /> Object
      </p>,
    );
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(container.firstElementChild).toHaveTextContent('Object');
  });
});
