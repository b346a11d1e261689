// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import topology from 'world-atlas/countries-110m.json';
import { describe, expect, it, vi } from 'vitest';
import { decodeAtlas } from '../charts/atlas';
import { AllianceMap } from '../charts/AllianceMap';
import type { SeatDatum } from '../charts/types';
import { MapPanel } from './MapPanel';
import { loadAtlas, type LoadedMap } from './useAtlas';

const loaded = (): LoadedMap => ({ atlas: decodeAtlas(topology), AllianceMap });

const seats: SeatDatum[] = [
  { id: 'FR', name: 'France', position: 'object', blocker: true, pivotal: true, follows: null },
  {
    id: 'LU',
    name: 'Luxembourg',
    position: 'support',
    blocker: false,
    pivotal: false,
    follows: null,
  },
];

const deferred = () => {
  let resolve: (a: LoadedMap) => void = () => {};
  let reject: (e: Error) => void = () => {};
  const promise = new Promise<LoadedMap>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

describe('MapPanel', () => {
  it('says the map is loading, then draws it', async () => {
    const d = deferred();
    render(
      <MapPanel seats={seats} title="Map of the table" onCycle={vi.fn()} load={() => d.promise} />,
    );
    expect(screen.getByRole('heading', { name: 'Map' })).toBeInTheDocument();
    expect(screen.getByText('Loading the map…')).toBeInTheDocument();
    d.resolve(loaded());
    expect(await screen.findByRole('group', { name: 'Map of the table' })).toBeInTheDocument();
    expect(screen.queryByText('Loading the map…')).toBeNull();
  });

  it('says clearly when the map cannot load, and tries again on request', async () => {
    const user = userEvent.setup();
    const load = vi
      .fn<() => Promise<LoadedMap>>()
      .mockRejectedValueOnce(new Error('network down'))
      .mockResolvedValueOnce(loaded());
    render(<MapPanel seats={seats} title="Map of the table" onCycle={vi.fn()} load={load} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The map could not be loaded (network down). Everything else works without it.',
    );
    await user.click(screen.getByRole('button', { name: 'Try the map again' }));
    expect(await screen.findByRole('group', { name: 'Map of the table' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('loads the real atlas lazily and decodes every country', async () => {
    const map = await loadAtlas();
    const { atlas } = map;
    expect(map.AllianceMap).toBe(AllianceMap);
    expect(atlas.countries.length).toBeGreaterThan(170);
    expect(atlas.countries.find((c) => c.id === '442')?.properties.name).toBe('Luxembourg');
    expect(await loadAtlas()).toBe(map); // one load per page
  });
});
