// @vitest-environment jsdom
// The class room in French: the teacher's panel and the student's phone carry French names, and
// the room's problems (made in English-free phrases by the controller) are said in French.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IntlProvider } from 'react-intl';
import { describe, expect, it, vi } from 'vitest';
import { powerIndices } from '../src/engine/power';
import { EMPTY_ROOM, type RoomSnapshot } from '../src/room/snapshot';
import { CONNECTION_REFUSALS, refusal } from '../src/room/refusals';
import { exerciseAnswer } from '../src/scenario/exercises';
import { cachedClient, computeOdds } from '../src/state/analysis';
import { StoreProvider } from '../src/state/context';
import {
  createRoomStore,
  NO_ROOM,
  RoomProvider,
  type RoomPort,
  type RoomView,
} from '../src/state/room';
import { createAppStore, openingTable } from '../src/state/store';
import { RoomPanel } from '../src/ui/RoomPanel';
import { StudentView } from '../src/ui/StudentView';
import frenchCatalog from '../src/words/compiled/fr.json';
import type { Catalog } from '../src/words/intl';
import { connectionRefusal } from '../src/words/room';
import { shippedCatalog, shippedScenario } from './support/catalog';
import { openApp } from './support/renderApp';

const catalog = shippedCatalog();
const vilnius = shippedScenario('vilnius-2023');
const analysis = cachedClient({
  power: async (game) => powerIndices(game),
  odds: async (q) => computeOdds(q),
  exercise: async (scenario, exercise) => exerciseAnswer(scenario, exercise),
});

const ROOM: RoomSnapshot = {
  ...EMPTY_ROOM,
  scenario: vilnius.id,
  rule: vilnius.defaultRule,
  members: vilnius.members.map((m) => m.id),
  people: { s1: 'Ana' },
  holders: { s1: 'HU' },
};

function openRoom(view: Partial<RoomView>, screenOf: 'teacher' | 'student') {
  const store = createAppStore(catalog, { table: openingTable(vilnius) });
  const rooms = createRoomStore();
  rooms.setState({ ...NO_ROOM, code: 'K7PQ2M', stage: 'live', online: true, room: ROOM, ...view });
  const port: RoomPort = {
    start: vi.fn(),
    join: vi.fn(),
    act: vi.fn(),
    leave: vi.fn(),
    joinUrl: (code) => `http://x/#room/${code}`,
    log: () => [],
    tableLink: () => 'http://x/#1/vilnius-2023/consensus/',
    download: vi.fn(),
  };
  render(
    <StoreProvider store={store} catalog={catalog}>
      <IntlProvider locale="fr" defaultLocale="en" messages={frenchCatalog as unknown as Catalog}>
        <RoomProvider store={rooms} port={port}>
          {screenOf === 'teacher' ? (
            <RoomPanel analysis={analysis} />
          ) : (
            <StudentView analysis={analysis} />
          )}
        </RoomProvider>
      </IntlProvider>
    </StoreProvider>,
  );
  return { rooms, port };
}

describe('the class room in French', () => {
  // (toHaveTextContent reads the no-break space before a colon as a space.)
  it('the teacher’s panel: the room code, the controls, the students and the silence procedure', async () => {
    const user = userEvent.setup();
    const { rooms, port } = openRoom({ role: 'teacher' }, 'teacher');
    const panel = screen.getByRole('region', { name: 'Salle de classe' });
    expect(within(panel).getByRole('group', { name: 'Code de la salle' })).toHaveTextContent(
      'K7PQ2M',
    );
    expect(
      screen.getByRole('img', { name: 'Code QR du lien pour rejoindre la salle K7PQ2M' }),
    ).toBeInTheDocument();
    const controls = screen.getByRole('group', { name: 'Commandes de la salle' });
    for (const name of ['Verrouiller les positions', 'Révéler le résultat', 'Fermer la salle'])
      expect(within(controls).getByRole('button', { name })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Élèves (1)' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Allié tenu par Ana' })).toHaveDisplayValue(
      'Hongrie',
    );
    const silence = screen.getByRole('group', { name: 'Procédure de silence' });
    expect(within(silence).getByRole('combobox', { name: 'Échéance' })).toHaveDisplayValue(
      '2 minutes',
    );
    expect(silence).toHaveTextContent(
      'Un tour ne peut pas commencer tant qu’un allié s’y oppose : France et Allemagne.',
    );

    // The debrief, in French, under a French file name.
    await user.click(within(controls).getByRole('button', { name: 'Télécharger le compte rendu' }));
    expect(port.download).toHaveBeenCalledWith(
      'salle-de-classe-K7PQ2M-compte-rendu.md',
      expect.stringMatching(/^# Salle de classe K7PQ2M\u00a0: compte rendu\n/),
    );

    // Leaving is asked again while a student is in, in French.
    await user.click(screen.getByRole('button', { name: 'Quitter la salle' }));
    expect(panel).toHaveTextContent(
      /Quitter la salle sur cet écran\s\? 1 élève y est et y reste\./,
    );
    expect(screen.getByRole('button', { name: 'La quitter' })).toBeInTheDocument();

    // A problem the controller met is said in French where it is shown.
    act(() =>
      rooms.setState({
        stage: 'refused',
        problem: connectionRefusal(refusal(CONNECTION_REFUSALS, 'noRoom'), 'teacher'),
      }),
    );
    expect(panel).toHaveTextContent(/Cette salle n’existe pas sur le serveur/);
    expect(panel).not.toHaveTextContent(/does not exist/);
  });

  it('the student’s phone: the ally held, the hidden outcome, and breaking silence', async () => {
    const user = userEvent.setup();
    const { port } = openRoom(
      {
        role: 'student',
        me: 's1',
        room: { ...ROOM, rounds: [{ started: Date.now(), deadline: Date.now() + 120_000 }] },
      },
      'student',
    );
    expect(screen.getByRole('combobox', { name: 'Votre allié' })).toHaveDisplayValue('Hongrie');
    expect(screen.getByRole('radiogroup', { name: 'Hongrie' })).toBeInTheDocument();
    expect(screen.getByText('Votre enseignant révélera le résultat.')).toBeInTheDocument();
    const silence = screen.getByRole('group', { name: 'Procédure de silence' });
    expect(
      within(silence).getByRole('timer', { name: 'Temps de silence restant' }),
    ).toHaveTextContent(/^[12]:\d\d$/);
    expect(silence).toHaveTextContent(/Procédure de silence : il reste [12]:\d\d/);
    expect(silence).toHaveTextContent(/^.*Si Hongrie ne peut pas accepter la décision/);
    // An empty reason is refused here, in French, before the server would.
    await user.type(within(silence).getByRole('textbox', { name: 'Votre raison' }), '<b>');
    await user.click(within(silence).getByRole('button', { name: 'Rompre le silence' }));
    expect(within(silence).getByRole('alert')).toHaveTextContent(/^Vérifiez votre raison/);
    expect(port.act).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Quitter la salle' })).toBeInTheDocument();
  });

  it('a student first gives a name, in French', () => {
    openRoom({ role: 'student', stage: 'naming' }, 'student');
    expect(screen.getByRole('textbox', { name: 'Votre nom' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rejoindre la salle' })).toBeInTheDocument();
    expect(screen.getByText(/^Salle de classe/)).toHaveTextContent('Salle de classe K7PQ2M');
  });
});

describe('presenter mode in French', () => {
  it('the presenter’s strip: the selection, its keys and help', async () => {
    const user = userEvent.setup();
    openApp({ language: 'fr' });
    await user.click(screen.getByRole('button', { name: 'Présenter' }));
    const strip = screen.getByRole('region', { name: 'Mode présentation' });
    expect(strip).toHaveTextContent(/Sélection Albanie Soutien, 1 sur 31/);
    await user.keyboard('{ArrowRight}');
    expect(strip).toHaveTextContent(/Sélection Belgique/);
    await user.click(within(strip).getByRole('button', { name: 'Aide du clavier' }));
    expect(
      within(strip).getByRole('heading', { name: 'Touches du mode présentation' }),
    ).toBeVisible();
    expect(strip).toHaveTextContent('passer à la position suivante : Soutien, Indécis, Objection');
    expect(strip).toHaveTextContent(/sélectionner le précédent ou le suivant des alliés/);
    expect(
      within(strip).getByRole('button', { name: 'Quitter le mode présentation' }),
    ).toBeVisible();
    expect(strip).not.toHaveTextContent(/Selected|Leave|select the previous/);
  });
});
