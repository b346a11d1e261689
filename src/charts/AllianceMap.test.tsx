// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import topology from 'world-atlas/countries-110m.json';
import { describe, expect, it, vi } from 'vitest';
import { shippedScenario } from '../../tests/support/catalog';
import { NATO_ALLIES } from '../engine/members';
import { AllianceMap } from './AllianceMap';
import { decodeAtlas } from './atlas';
import type { SeatDatum } from './types';

const atlas = decodeAtlas(topology);

/** The Vilnius table in short: France and Germany object and block, the rest support. */
const seats: SeatDatum[] = NATO_ALLIES.filter((m) => m.id !== 'SE').map((m) => ({
  id: m.id,
  name: m.name,
  position: m.id === 'FR' || m.id === 'DE' ? 'object' : m.id === 'HU' ? 'undecided' : 'support',
  blocker: m.id === 'FR' || m.id === 'DE',
  pivotal: m.id === 'FR',
  follows: m.id === 'DE' ? 'France' : null,
}));

const setup = (props: Partial<Parameters<typeof AllianceMap>[0]> = {}) => {
  const onCycle = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <AllianceMap
      seats={seats}
      atlas={atlas}
      title="The allies on the map"
      onCycle={onCycle}
      {...props}
    />,
  );
  return { onCycle, user, ...view };
};

describe('AllianceMap', () => {
  it('is a group named by its title, described from the data, one button per ally', () => {
    setup();
    const map = screen.getByRole('group', { name: 'The allies on the map' });
    expect(map).toHaveAccessibleDescription(
      /^Map of Europe and North America, with Japan in an inset where Tokyo, the site of the proposed office, is marked\. 31 on the map: 28 support, 1 undecided, 2 object\. Blocking: France, Germany\. Too small to see, so also marked with a disc: .*Luxembourg.*\.$/,
    );
    expect(within(map).getAllByRole('button')).toHaveLength(31);
  });

  it('names each ally like the hemicycle does, told apart by "on the map"', () => {
    setup();
    expect(
      screen.getByRole('button', {
        name: 'France on the map, object, blocking, pivotal. Press Enter to change position.',
      }),
    ).toHaveAttribute('data-position', 'object');
    expect(
      screen.getByRole('button', { name: /^Germany on the map, object, blocking, follows France/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^Hungary on the map, undecided/ }),
    ).toBeInTheDocument();
  });

  it('fills each position with its own pattern, and outlines the blockers', () => {
    setup();
    const fill = (name: RegExp) =>
      screen.getByRole('button', { name }).querySelector('.map-country')?.getAttribute('fill');
    const france = fill(/^France on the map/);
    const hungary = fill(/^Hungary on the map/);
    const spain = fill(/^Spain on the map/);
    expect(france).toMatch(/^url\(#.+-object\)$/);
    expect(hungary).toMatch(/^url\(#.+-undecided\)$/);
    expect(spain).toMatch(/^url\(#.+-support\)$/);
    expect(new Set([france, hungary, spain]).size).toBe(3);
    // Each pattern the fills point at exists in the drawing.
    for (const url of [france, hungary, spain]) {
      const id = url!.slice(5, -1);
      expect(document.getElementById(id)?.tagName).toBe('pattern');
    }
    const outlines = screen
      .getByRole('group', { name: 'The allies on the map' })
      .querySelectorAll('.map-blocker');
    expect(outlines).toHaveLength(2);
  });

  it('cycles an ally on click', async () => {
    const { onCycle, user } = setup();
    await user.click(screen.getByRole('button', { name: /^France on the map/ }));
    expect(onCycle).toHaveBeenCalledExactlyOnceWith('FR');
  });

  it('has one tab stop; arrows move west to east; Enter and Space cycle', async () => {
    const { onCycle, user } = setup();
    const buttons = screen.getAllByRole('button', { name: / on the map, / });
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    await user.tab();
    const first = document.activeElement;
    expect(first?.getAttribute('aria-label')).toMatch(/^(Canada|United States) on the map/);
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: /^Türkiye on the map/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onCycle).toHaveBeenLastCalledWith('TR');
    await user.keyboard('{Home}{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('button', { name: /^Iceland on the map/ })).toHaveFocus();
    await user.keyboard(' ');
    expect(onCycle).toHaveBeenLastCalledWith('IS');
    expect(onCycle).toHaveBeenCalledTimes(2);
  });

  it('keeps the smallest allies reachable: Luxembourg has a disc and a tab stop by arrows', async () => {
    const { onCycle, user } = setup();
    const lux = screen.getByRole('button', { name: /^Luxembourg on the map, support/ });
    expect(lux.querySelector('.seat-ring')).not.toBeNull(); // the hemicycle's seat glyph
    await user.tab();
    for (let i = 0; i < 40 && document.activeElement !== lux; i++)
      await user.keyboard('{ArrowRight}');
    expect(lux).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Luxembourg: support');
    await user.keyboard('{Enter}');
    expect(onCycle).toHaveBeenLastCalledWith('LU');
  });

  it('has a table view that says how each ally is drawn', async () => {
    const { user } = setup();
    await user.click(screen.getByText('Table view'));
    const table = screen.getByRole('table', { name: 'The allies on the map' });
    const cells = (name: string) =>
      within(within(table).getByRole('row', { name: new RegExp(`^${name}`) }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells('France')).toEqual(['object', 'Yes', 'Shape']);
    expect(cells('Luxembourg')).toEqual(['support', 'No', 'Shape and disc']);
  });

  it('places the countries of a custom body and lists the seats that are not countries', () => {
    const unsc: SeatDatum[] = [
      { id: 'FR', name: 'France', position: 'object', blocker: true, pivotal: true, follows: null },
      {
        id: 'CN',
        name: 'China',
        position: 'support',
        blocker: false,
        pivotal: false,
        follows: null,
      },
      {
        id: 'E1',
        name: 'Elected member 1',
        position: 'undecided',
        blocker: false,
        pivotal: false,
        follows: null,
      },
    ];
    setup({ seats: unsc });
    const map = screen.getByRole('group', { name: 'The allies on the map' });
    expect(within(map).getAllByRole('button')).toHaveLength(2);
    expect(map).toHaveAccessibleDescription(
      /^World map.*Not on the map \(not a country\): Elected member 1\.$/,
    );
    expect(screen.getByText(/Not on the map: Elected member 1/)).toBeInTheDocument();
  });

  it("speaks of a custom body's members, not allies, in its key and table", async () => {
    const { user } = setup({ noun: { one: 'member', other: 'members' } });
    expect(screen.getByText(/Small members also have a disc/)).toBeInTheDocument();
    expect(screen.queryByText(/Small allies/)).toBeNull();
    await user.click(screen.getByText('Table view'));
    expect(screen.getByRole('columnheader', { name: 'Member' })).toBeInTheDocument();
  });

  it('places every member of the Council of the EU, Malta with a disc', () => {
    const eu: SeatDatum[] = shippedScenario('eu-council-comparison').members.map((m) => ({
      id: m.id,
      name: m.name,
      position: 'undecided',
      blocker: false,
      pivotal: false,
      follows: null,
    }));
    setup({ seats: eu });
    const map = screen.getByRole('group', { name: 'The allies on the map' });
    expect(within(map).getAllByRole('button')).toHaveLength(27);
    expect(map).toHaveAccessibleDescription(
      /^Map of Europe and North America, with Japan in an inset.* 27 on the map: 0 support, 27 undecided, 0 object\..*Too small to see, so also marked with a disc: .*Malta.*\.$/,
    );
    expect(map).not.toHaveAccessibleDescription(/Not on the map/);
    expect(
      screen.getByRole('button', { name: /^Malta on the map, undecided/ }),
    ).toBeInTheDocument();
  });

  it('says so when no member is a country', () => {
    setup({
      seats: [
        {
          id: 'X1',
          name: 'Alpha',
          position: 'support',
          blocker: false,
          pivotal: false,
          follows: null,
        },
      ],
    });
    expect(screen.queryByRole('group', { name: 'The allies on the map' })).toBeNull();
    expect(screen.getByText(/nothing to place on the map/)).toBeInTheDocument();
  });
});
