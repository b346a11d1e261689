// @vitest-environment jsdom
// The class room's controller loads when a room is first needed, and not before.
import { describe, expect, it, vi } from 'vitest';
import { createRoomStore, type RoomPort } from '../state/room';
import { createAppStore, openingTable } from '../state/store';
import { shippedCatalog, shippedScenario } from '../../tests/support/catalog';
import type { RoomsOptions } from './room';
import { roomsOnDemand } from './roomsOnDemand';

const catalog = shippedCatalog();

function setUp() {
  const store = createAppStore(catalog, { table: openingTable(shippedScenario('vilnius-2023')) });
  const options: RoomsOptions = {
    store,
    rooms: createRoomStore(),
    catalog,
    win: window,
    storage: null,
    shareUrl: () => 'http://x/#1/vilnius-2023/consensus/',
    download: () => {},
  };
  const controller = {
    start: vi.fn(),
    join: vi.fn(),
    act: vi.fn(),
    leave: vi.fn(),
    joinUrl: (code: string) => `http://x/#room/${code}`,
    log: () => [],
    tableLink: () => 'http://x/#room-table',
    download: vi.fn(),
    stop: vi.fn(),
  } satisfies RoomPort & { stop(): void };
  const connectRooms = vi.fn(() => controller);
  const load = vi.fn(() => Promise.resolve({ connectRooms }));
  return { store, options, controller, connectRooms, load };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('roomsOnDemand', () => {
  it('loads nothing for the table alone; Start a class room loads the controller and starts', async () => {
    window.location.hash = '#1/vilnius-2023/consensus/';
    const { options, controller, connectRooms, load } = setUp();
    const port = roomsOnDemand(options, load);
    await settle();
    expect(load).not.toHaveBeenCalled();
    expect(port.tableLink()).toBe('http://x/#1/vilnius-2023/consensus/');
    port.start();
    await settle();
    expect(connectRooms).toHaveBeenCalledOnce();
    expect(controller.start).toHaveBeenCalledOnce();
    expect(port.joinUrl('K7PQ2M')).toBe('http://x/#room/K7PQ2M');
    port.start();
    await settle();
    expect(load).toHaveBeenCalledOnce();
  });

  it('loads the controller at once for an address that names a room, and when one comes later', async () => {
    window.location.hash = '#room/K7PQ2M';
    const first = setUp();
    roomsOnDemand(first.options, first.load);
    await settle();
    expect(first.connectRooms).toHaveBeenCalledOnce();

    window.location.hash = '#1/vilnius-2023/consensus/';
    const later = setUp();
    roomsOnDemand(later.options, later.load);
    await settle();
    expect(later.load).not.toHaveBeenCalled();
    window.location.hash = '#room/K7PQ2M';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle();
    expect(later.connectRooms).toHaveBeenCalledOnce();
  });

  it('says so when the controller cannot load, and the table is untouched', async () => {
    window.location.hash = '#1/vilnius-2023/consensus/';
    const { options, store } = setUp();
    const port = roomsOnDemand(options, () => Promise.reject(new Error('offline')));
    const table = store.getState().table;
    port.start();
    await settle();
    expect(store.getState().notice?.message).toMatch(/class room’s part of the app did not load/);
    expect(store.getState().table).toBe(table);
  });

  it('says a room is opening until the controller takes it, and gives the table back if it cannot load', async () => {
    window.location.hash = '#room/K7PQ2M';
    const loading = setUp();
    roomsOnDemand(loading.options, loading.load);
    // At once, before the controller's code has come: the room named, being opened.
    expect(loading.options.rooms.getState()).toMatchObject({ code: 'K7PQ2M', stage: 'opening' });
    await settle();
    expect(loading.connectRooms).toHaveBeenCalledOnce();

    const failing = setUp();
    roomsOnDemand(failing.options, () => Promise.reject(new Error('offline')));
    expect(failing.options.rooms.getState().stage).toBe('opening');
    await settle();
    expect(failing.options.rooms.getState()).toMatchObject({ code: null, stage: 'joining' });
    expect(failing.store.getState().notice?.message).toMatch(/did not load/);

    // A damaged code is the controller's to say (it names the link's fault): nothing opens here.
    window.location.hash = '#room/K7PQ1M';
    const damaged = setUp();
    roomsOnDemand(damaged.options, damaged.load);
    expect(damaged.options.rooms.getState().code).toBeNull();
  });

  it('gives the table back at once when the address leaves the room before the controller came', () => {
    window.location.hash = '#room/K7PQ2M';
    const { options } = setUp();
    // A load that never ends: a phone whose network stalls.
    roomsOnDemand(options, () => new Promise(() => {}));
    expect(options.rooms.getState().stage).toBe('opening');
    window.location.hash = '#1/vilnius-2023/consensus/';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(options.rooms.getState()).toMatchObject({ code: null, stage: 'joining' });
  });
});
