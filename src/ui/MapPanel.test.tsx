// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import userEvent from '@testing-library/user-event';
import topology from 'world-atlas/countries-110m.json';
import { describe, expect, it, vi } from 'vitest';
import { decodeAtlas } from '../charts/atlas';
import { AllianceMap } from '../charts/AllianceMap';
import type { SeatDatum } from '../charts/types';
import french from '../words/compiled/fr.json';
import type { Catalog } from '../words/intl';
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

describe('MapPanel in French', () => {
  const inFrench = (load: () => Promise<LoadedMap>) =>
    render(
      <IntlProvider locale="fr" defaultLocale="en" messages={french as unknown as Catalog}>
        <MapPanel seats={seats} title="Carte de la table" onCycle={vi.fn()} load={load} />
      </IntlProvider>,
    );

  it('says why the map is missing, and offers it again, in French', async () => {
    const user = userEvent.setup();
    const load = vi
      .fn<() => Promise<LoadedMap>>()
      .mockRejectedValueOnce(new Error('network down'))
      .mockResolvedValueOnce(loaded());
    inFrench(load);
    expect(screen.getByRole('heading', { name: 'Carte' })).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^La carte n’a pas pu être chargée \(network down\)\. Tout le reste fonctionne sans elle\./,
    );
    await user.click(screen.getByRole('button', { name: 'Réessayer la carte' }));
    expect(await screen.findByRole('group', { name: 'Carte de la table' })).toBeInTheDocument();
  });

  it('draws the map with its countries, legend, description and table view in French', async () => {
    const user = userEvent.setup();
    inFrench(() => Promise.resolve(loaded()));
    const map = await screen.findByRole('group', { name: 'Carte de la table' });
    expect(map).toHaveAccessibleDescription(
      /^Carte de l’Europe et de l’Amérique du Nord, avec le Japon en encart, .* 2 sur la carte\s:\s1 en soutien, 0 indécis, 1 en objection\. Qui bloque\s:\sFrance\.$/,
    );
    expect(
      within(map).getByRole('button', {
        name: /^France sur la carte, .*\. Appuyez sur Entrée pour changer de position\.$/,
      }),
    ).toBeInTheDocument();
    const figure = map.closest('figure')!;
    expect(figure).toHaveTextContent(
      /Soutien : plein Indécis : hachuré Objection : croisé Contour : bloque/,
    );
    expect(figure).toHaveTextContent(
      /Tokyo : le bureau proposé\. Les petits alliés ont aussi un disque/,
    );
    await user.click(within(figure).getByText('Vue en tableau'));
    const table = within(figure).getByRole('table');
    for (const name of ['Allié', 'Position', 'Bloque', 'Sur la carte'])
      expect(within(table).getByRole('columnheader', { name })).toBeInTheDocument();
    const luxembourg = within(table).getByRole('rowheader', { name: 'Luxembourg' }).closest('tr')!;
    expect(luxembourg).toHaveTextContent(/^LuxembourgSoutien.*Forme/);
  });
});
