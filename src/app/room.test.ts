// @vitest-environment jsdom
// Why a room being joined has not opened yet, as the phone says it: no network, or a server that
// does not answer. The controller runs for real; only the room client (Yjs and the socket) is a
// stand-in whose link events the test sends, in the orders a loaded browser can deliver them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as RoomClient from '../room/client';
import type { RoomConnection, RoomEvents } from '../room/client';
import { EMPTY_ROOM } from '../room/snapshot';
import { CONNECTION_REFUSALS, refusal as refusalOf } from '../room/refusals';
import { createRoomStore, type RoomStore } from '../state/room';
import { createAppStore, openingTable } from '../state/store';
import { shippedCatalog, shippedScenario } from '../../tests/support/catalog';
import { connectRooms } from './room';

const catalog = shippedCatalog();
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** What the browser says of the network (navigator.onLine), set by each test. */
let browserOnline = true;

beforeEach(() => {
  browserOnline = true;
  Object.defineProperty(window.navigator, 'onLine', {
    configurable: true,
    get: () => browserOnline,
  });
  window.location.hash = '#room/K7PQ2M';
});

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  window.location.hash = '';
});

/** A student joins the room in the address; the link's events are the test's to send. */
async function join(): Promise<{ rooms: RoomStore; link: RoomEvents }> {
  const rooms = createRoomStore();
  let link: RoomEvents | null = null;
  const connection: RoomConnection = {
    document: null as unknown as RoomConnection['document'],
    room: () => EMPTY_ROOM,
    act: () => Promise.resolve({ ok: true }),
    pause: () => {},
    resume: () => {},
    close: () => {},
  };
  const client = {
    connectRoom: (_address: unknown, events: RoomEvents) => {
      link = events;
      return connection;
    },
  } as unknown as typeof RoomClient;
  const port = connectRooms({
    store: createAppStore(catalog, { table: openingTable(shippedScenario('vilnius-2023')) }),
    rooms,
    catalog,
    win: window,
    storage: null,
    shareUrl: () => 'http://x/#1/vilnius-2023/consensus/',
    download: () => {},
    load: () => Promise.resolve(client),
  });
  stop = port.stop;
  expect(rooms.getState().stage).toBe('naming');
  port.join('Ana');
  await settle();
  expect(rooms.getState().stage).toBe('joining');
  if (!link) throw new Error('the controller did not connect');
  return { rooms, link };
}

const why = (rooms: RoomStore) => rooms.getState().problem?.descriptor.id ?? null;

describe('a room being joined says why it has not opened', () => {
  it('offline from the start: says so with no event at all', async () => {
    browserOnline = false;
    const { rooms } = await join();
    expect(why(rooms)).toBe('room.problem.offline');
  });

  it('a server that does not answer: says so at the first failed try, and no more once reached', async () => {
    const { rooms, link } = await join();
    link.onLink?.('connecting');
    expect(why(rooms)).toBeNull();
    link.onLink?.('disconnected');
    expect(why(rooms)).toBe('room.problem.unreachable');
    link.onLink?.('connected');
    link.onSynced?.(EMPTY_ROOM);
    expect(rooms.getState().stage).toBe('live');
    expect(why(rooms)).toBeNull();
  });

  it('the network gone with no offline event yet: the next failed try says offline', async () => {
    const { rooms, link } = await join();
    browserOnline = false; // the browser's event is still on its way
    link.onLink?.('disconnected');
    expect(why(rooms)).toBe('room.problem.offline');
    // Back: the room is not reached yet, and its server has not answered so far.
    browserOnline = true;
    window.dispatchEvent(new Event('online'));
    expect(why(rooms)).toBe('room.problem.unreachable');
  });

  it('a refusal from the server stands: the link closing after it does not hide it', async () => {
    const { rooms, link } = await join();
    link.onRefused?.(refusalOf(CONNECTION_REFUSALS, 'noRoom'));
    const refusal = why(rooms);
    expect(rooms.getState().stage).toBe('refused');
    expect(refusal).not.toBeNull();
    browserOnline = false;
    window.dispatchEvent(new Event('offline'));
    link.onLink?.('disconnected');
    expect(why(rooms)).toBe(refusal);
  });
});
