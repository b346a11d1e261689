/**
 * The composition root's link to class rooms. The address names the room (`#room/<CODE>`); this
 * module joins it, keeps the room's view (src/state/room.tsx) and bridges the room and the store:
 * a change made on this screen goes to the server as actions (src/state/roomTable.ts), and the
 * room's table, as the server writes it, becomes this screen's table. The server decides: a
 * change it refuses is undone here by the room's next copy, and a notice says why.
 *
 * Secrets stay in this browser's storage: the teacher's (made with the room, never in the join
 * link) and each student's own (so a reload or a dropped connection keeps its ally). Changes made
 * while the connection is down wait, and go when it is back.
 */
import type { Action, ActionReply, LogEntry, RoomSnapshot } from '../room/authority';
import type * as RoomClient from '../room/client';
import type { RoomConnection, RoomToken } from '../room/client';
import { roomHash, roomOfHash } from '../room/code';
import { readLog } from '../room/doc';
import { runningRound } from '../room/snapshot';
import type { Scenario } from '../scenario/model';
import type { KeyValueStorage } from '../state/persistence';
import { NO_ROOM, type RoomPort, type RoomStore } from '../state/room';
import { tableActions, tableIntoRoom, tableOfRoom } from '../state/roomTable';
import { noticeWords, type AppStore, type TableState } from '../state/store';
import { defineMessages } from '../words/intl';
import { actionRefusal, connectionRefusal, newRoomRefusal, type RoomPhrase } from '../words/room';
import '../words/parts/room';
import { linkFor } from './sync';

export const ROOMS_STORAGE_KEY = 'nac-rooms';

const M = defineMessages({
  offline: {
    id: 'room.problem.offline',
    defaultMessage:
      'This device is offline: the room opens once the network is back. The table works on its own meanwhile.',
  },
  unreachable: {
    id: 'room.problem.unreachable',
    defaultMessage:
      'The class-room server cannot be reached; this screen keeps trying. The table works on its own meanwhile.',
  },
  unknownScenario: {
    id: 'room.problem.unknownScenario',
    defaultMessage:
      'The room plays a scenario this browser does not have (one imported on the teacher’s screen).',
  },
  notLoaded: {
    id: 'room.problem.notLoaded',
    defaultMessage: 'The room’s part of the app did not load. Reload the page to try again.',
  },
  badLink: {
    id: 'room.notice.badLink',
    defaultMessage:
      'This room link does not hold a valid room code (six letters and digits). Check it with your teacher. Your table is unchanged.',
  },
  notStarted: {
    id: 'room.notice.notStarted',
    defaultMessage:
      'No room was started: {problem, select, offline {this device is offline, and a class room needs the network to reach its server} unreachable {the class-room server cannot be reached} refused {the class-room server refused ({reason, select, full {the server is full: {count} rooms; try again later} other {{raw}}})} status {the class-room server cannot be reached (the address answered {status})} other {{raw}}}. Everything else works as before on this screen.',
    description:
      'Start a class room failed; problem: why (reason: the server’s own, if it said one)',
  },
});

/** A room opened with no network (the offline build opens the page from its cache). */
const OFFLINE: RoomPhrase = { descriptor: M.offline };
/** A room whose server does not answer (the link tries again by itself). */
const UNREACHABLE: RoomPhrase = { descriptor: M.unreachable };

/** The secrets this browser keeps, by room code. */
interface Kept {
  readonly teacher: Record<string, string>;
  readonly student: Record<string, { readonly secret: string; readonly name: string }>;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** What storage holds; anything unreadable counts as nothing kept (a room can be joined anew). */
function readKept(storage: KeyValueStorage | null): Kept {
  const kept: Kept = { teacher: {}, student: {} };
  let value: unknown;
  try {
    value = JSON.parse(storage?.getItem(ROOMS_STORAGE_KEY) ?? '{}');
  } catch {
    return kept;
  }
  if (!isRecord(value)) return kept;
  if (isRecord(value.teacher))
    for (const [code, secret] of Object.entries(value.teacher))
      if (typeof secret === 'string') kept.teacher[code] = secret;
  if (isRecord(value.student))
    for (const [code, s] of Object.entries(value.student))
      if (isRecord(s) && typeof s.secret === 'string' && typeof s.name === 'string')
        kept.student[code] = { secret: s.secret, name: s.name };
  return kept;
}

function keep(storage: KeyValueStorage | null, change: (kept: Kept) => void): void {
  const kept = readKept(storage);
  change(kept);
  try {
    storage?.setItem(ROOMS_STORAGE_KEY, JSON.stringify(kept));
  } catch {
    // Storage full or refused: the room still works on this screen until it is closed.
  }
}

/** Why no room was started: the values of the notice's message (M.notStarted). */
type NotStarted = Readonly<Record<string, string | number>>;

/** POST /rooms: a new room's code and the teacher's secret, or what went wrong. */
async function askForRoom(
  url: URL,
  win: Window,
): Promise<{ code: string; teacherSecret: string } | { problem: NotStarted }> {
  const offline = { problem: { problem: 'offline' } };
  // The offline build answers the page from its cache: the room server never is.
  if (!win.navigator.onLine) return offline;
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST' });
  } catch {
    return win.navigator.onLine ? { problem: { problem: 'unreachable' } } : offline;
  }
  const body: unknown = await res.json().catch(() => null);
  if (
    res.ok &&
    isRecord(body) &&
    typeof body.code === 'string' &&
    typeof body.teacherSecret === 'string'
  )
    return { code: body.code, teacherSecret: body.teacherSecret };
  // A JSON reason is the room server's own; anything else is a page or a proxy answering instead.
  return isRecord(body) && typeof body.reason === 'string'
    ? { problem: { problem: 'refused', ...newRoomRefusal(body.reason) } }
    : { problem: { problem: 'status', status: res.status } };
}

export interface RoomsOptions {
  readonly store: AppStore;
  readonly rooms: RoomStore;
  readonly catalog: readonly Scenario[];
  readonly win: Window;
  readonly storage: KeyValueStorage | null;
  /** The share link of a table (Copy link's). */
  readonly shareUrl: (table: TableState) => string;
  /** Saves a text file. */
  readonly download: (fileName: string, text: string, type: string) => void;
  /** Loads the room client (Yjs and Hocuspocus) on demand. */
  readonly load?: () => Promise<typeof RoomClient>;
}

export function connectRooms({
  store,
  rooms,
  catalog,
  win,
  storage,
  shareUrl,
  download,
  load = () => import('../room/client'),
}: RoomsOptions): RoomPort & { stop(): void } {
  let connection: RoomConnection | null = null;
  /** Actions made here and not yet sent (the connection was down, or the room not yet synced). */
  let queue: Action[] = [];
  let inflight = 0;
  /** Set while the room's table is being taken: that change is not sent back. */
  let following = false;
  /** The log of a room that has ended (the server has deleted it). */
  let endedLog: readonly LogEntry[] = [];
  /** A try to reach the room failed since this screen began joining it. */
  let triedInVain = false;

  const set = (view: Partial<ReturnType<RoomStore['getState']>>) => rooms.setState(view);
  const scenarioOf = (id: string) =>
    catalog.find((s) => s.id === id) ?? store.getState().imported.find((s) => s.id === id);
  const page = () => `${win.location.origin}${win.location.pathname}${win.location.search}`;
  const roomsUrl = () => new URL('rooms', page());

  /** Takes the room's table, unless this screen's own changes are still on their way. */
  const follow = (room: RoomSnapshot) => {
    if (inflight > 0 || queue.length > 0) return;
    const table = tableOfRoom(room, store.getState().table);
    if (!table) return;
    if (!scenarioOf(table.scenarioId)) {
      set({ problem: { descriptor: M.unknownScenario } });
      return;
    }
    if (rooms.getState().problem) set({ problem: null });
    following = true;
    try {
      store.getState().followRoom(table);
    } finally {
      following = false;
    }
  };

  const refused = (reply: ActionReply) => {
    if (!reply.ok)
      store.getState().showNotice({ kind: 'room', ...noticeWords(actionRefusal(reply.reason)) });
  };

  const flush = () => {
    const view = rooms.getState();
    if (!connection || view.stage !== 'live' || !view.online) return;
    const batch = queue;
    queue = [];
    const sending = connection;
    for (const action of batch) {
      inflight++;
      void sending.act(action).then((reply) => {
        if (sending !== connection) return; // a room left meanwhile: its replies are moot
        inflight--;
        // Lost on the way: it goes again once the connection is back (actions are idempotent).
        if (!reply.ok && !rooms.getState().online) queue.push(action);
        else refused(reply);
        follow(sending.room());
      });
    }
  };

  const send = (actions: readonly Action[]) => {
    queue.push(...actions);
    flush();
  };

  /**
   * Why a room this screen is joining has not opened yet: no network, or a server that does not
   * answer. Said again at each change of the network or of the link, from what the browser says
   * then (one event alone can come before the page listens); gone once the room is reached.
   */
  const sayWhyWaiting = () => {
    const { stage, problem } = rooms.getState();
    if (problem !== null && problem !== OFFLINE && problem !== UNREACHABLE) return; // it stands
    const why =
      stage !== 'joining'
        ? null
        : !win.navigator.onLine
          ? OFFLINE
          : triedInVain
            ? UNREACHABLE
            : null;
    if (why !== problem) set({ problem: why });
  };

  const close = () => {
    endedLog = [];
    connection?.close();
    connection = null;
    queue = [];
    inflight = 0;
    set(NO_ROOM);
  };

  const connect = async (code: string, token: RoomToken) => {
    close();
    set({ ...NO_ROOM, code, role: token.role, stage: 'joining' });
    triedInVain = false;
    sayWhyWaiting();
    let client: typeof RoomClient;
    try {
      client = await load();
    } catch {
      set({ stage: 'refused', problem: { descriptor: M.notLoaded } });
      return;
    }
    if (rooms.getState().code !== code || connection) return; // moved on meanwhile
    const url = roomsUrl();
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    connection = client.connectRoom(
      { url: url.href, code, token },
      {
        onSynced: (room) => {
          set({ stage: room.ended ? 'ended' : 'live', room, online: true });
          sayWhyWaiting();
          // A new room takes the teacher's table; after that, the room's table is the table.
          if (token.role === 'teacher' && room.scenario === null) {
            // The whole table goes in: changes made while connecting are part of it.
            queue = [];
            send(tableIntoRoom(store.getState().table, scenarioOf));
          } else {
            flush();
            follow(room);
          }
        },
        onRoom: (room) => {
          // The server deletes an ended room: its log stays here for the debrief.
          if (room.ended && connection) endedLog = readLog(connection.document);
          set({ room, ...(room.ended && { stage: 'ended' as const }) });
          follow(room);
        },
        onLink: (link) => {
          set({ online: link === 'connected' });
          if (link === 'disconnected') triedInVain = true;
          sayWhyWaiting();
        },
        onRefused: (reason) => {
          // An ended room is deleted from the server soon after: its screens keep saying "ended".
          if (rooms.getState().stage !== 'ended')
            set({ stage: 'refused', problem: connectionRefusal(reason, token.role) });
        },
        // The server's clock against this one (a countdown shows the server's time left).
        onHello: ({ now, you }) => set({ me: you ?? null, clockOffset: now - Date.now() }),
      },
    );
  };

  /** Opens the room the address names (as its teacher if this browser holds its secret). */
  const enter = (code: string) => {
    const { code: open, stage } = rooms.getState();
    if (open === code && stage !== 'opening') return;
    const kept = readKept(storage);
    const teacher = kept.teacher[code];
    const student = kept.student[code];
    if (teacher) void connect(code, { role: 'teacher', secret: teacher });
    else if (student) void connect(code, { role: 'student', ...student });
    else {
      close();
      set({ ...NO_ROOM, code, role: 'student', stage: 'naming' });
    }
  };

  /** The address left the room (or never was in one): back to the single-player table. */
  const toTable = () => {
    const { table, imported } = store.getState();
    win.history.replaceState(null, '', linkFor(table, imported, page(), catalog));
  };

  const onAddress = () => {
    const named = roomOfHash(win.location.hash);
    if (named === null) {
      if (rooms.getState().code !== null) close();
    } else if (named === 'invalid') {
      close();
      toTable();
      store.getState().showNotice({ kind: 'link', ...noticeWords({ descriptor: M.badLink }) });
    } else enter(named.code);
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (following || state.table === prev.table || rooms.getState().code === null) return;
    const actions = tableActions(prev.table, state.table, scenarioOf);
    if (actions.length > 0) send(actions);
  });
  // A teacher closing the page while a round of silence runs is asked first: the round would run
  // on with no one to extend or cancel it. At no other time (a listener of its own is there only
  // while a round runs: browsers keep a page with one out of their back-forward cache).
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    e.preventDefault();
    e.returnValue = ''; // browsers before the standard's preventDefault
  };
  let guarding = false;
  const unguard = rooms.subscribe((view) => {
    const round = view.role === 'teacher' && view.stage === 'live' && !!runningRound(view.room);
    if (round === guarding) return;
    guarding = round;
    if (round) win.addEventListener('beforeunload', onBeforeUnload);
    else win.removeEventListener('beforeunload', onBeforeUnload);
  });
  // A phone that loses its network says so at once: the room link is dropped and taken up again.
  const onOffline = () => {
    connection?.pause();
    set({ online: false });
    sayWhyWaiting();
  };
  const onOnline = () => {
    sayWhyWaiting();
    connection?.resume();
  };
  win.addEventListener('hashchange', onAddress);
  win.addEventListener('offline', onOffline);
  win.addEventListener('online', onOnline);
  onAddress();

  return {
    start: () => {
      if (rooms.getState().stage === 'starting' && rooms.getState().code === null) return;
      close();
      set({ stage: 'starting' });
      void askForRoom(roomsUrl(), win).then((answer) => {
        if ('problem' in answer) {
          set(NO_ROOM);
          store.getState().showNotice({
            kind: 'room',
            ...noticeWords({ descriptor: M.notStarted, values: answer.problem }),
          });
          return;
        }
        keep(storage, (kept) => {
          kept.teacher[answer.code] = answer.teacherSecret;
        });
        // A step in the browser's history: Back leaves the room for the table.
        win.history.pushState(null, '', roomHash(answer.code));
        enter(answer.code);
      });
    },
    join: (name) => {
      const { code } = rooms.getState();
      if (!code) return;
      const bytes = win.crypto.getRandomValues(new Uint8Array(24));
      const secret = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
      const student = { secret, name: name.trim() };
      keep(storage, (kept) => {
        kept.student[code] = student;
      });
      void connect(code, { role: 'student', ...student });
    },
    act: (action) => {
      if (!connection) return;
      void connection.act(action).then(refused);
    },
    leave: () => {
      close();
      toTable();
    },
    joinUrl: (code) => `${page()}${roomHash(code)}`,
    log: () =>
      rooms.getState().stage === 'ended' || !connection ? endedLog : readLog(connection.document),
    tableLink: () => shareUrl(store.getState().table),
    download: (fileName, text) => download(fileName, text, 'text/markdown;charset=utf-8'),
    stop: () => {
      close();
      unsubscribe();
      unguard();
      win.removeEventListener('beforeunload', onBeforeUnload);
      win.removeEventListener('hashchange', onAddress);
      win.removeEventListener('offline', onOffline);
      win.removeEventListener('online', onOnline);
    },
  };
}
