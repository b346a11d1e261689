/**
 * The class room as this screen sees it: which room the address names, who we are in it, how the
 * connection stands, and the room's shared state as the server last sent it. The composition root
 * (src/app/room.ts) keeps it; panels read it through `useRoom` and act through the `RoomPort`.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Action } from '../room/authority';
import { EMPTY_ROOM, type LogEntry, type RoomSnapshot } from '../room/snapshot';
import type { RoomPhrase } from '../words/room';

export type RoomRole = 'teacher' | 'student';

/**
 * opening: the address names a room and this screen's class-room code is still loading (the page
 * says so instead of showing the table meanwhile); starting: the teacher asked for a room;
 * naming: a student must give a display name first;
 * joining: connecting, or waiting for the room's first copy; live; refused: the server said no
 * (`problem` says why); ended: the teacher ended the room.
 */
export type RoomStage =
  'opening' | 'starting' | 'naming' | 'joining' | 'live' | 'refused' | 'ended';

export interface RoomView {
  /** The room in the address (null: no room, the page is the single-player simulator). */
  readonly code: string | null;
  readonly role: RoomRole;
  readonly stage: RoomStage;
  /** The connection: false while it is down (the last copy of the room stays on screen). */
  readonly online: boolean;
  /** A student's id in the room (the key of `holders`), once the server has said it. */
  readonly me: string | null;
  readonly room: RoomSnapshot;
  /**
   * Why the server refused the connection, or the room's table cannot be shown here: a sentence
   * said in the reader's language where it is shown.
   */
  readonly problem: RoomPhrase | null;
  /** The server's clock minus this screen's, in milliseconds (countdowns run on the server's). */
  readonly clockOffset: number;
}

export const NO_ROOM: RoomView = {
  code: null,
  role: 'student',
  stage: 'joining',
  online: false,
  me: null,
  room: EMPTY_ROOM,
  problem: null,
  clockOffset: 0,
};

export type RoomStore = StoreApi<RoomView>;
export const createRoomStore = (): RoomStore => createStore<RoomView>()(() => NO_ROOM);

/** What panels can ask of the room; the composition root carries it out. */
export interface RoomPort {
  /** Asks the room server for a new room and opens it as its teacher. */
  start(): void;
  /** A student's display name: joins the room in the address. */
  join(name: string): void;
  /** Asks the server to take an action (a refusal shows as a notice). */
  act(action: Action): void;
  /** Leaves the room on this screen (the room goes on for the others). */
  leave(): void;
  /** The join link of a room (this page's address with `#room/<CODE>`). */
  joinUrl(code: string): string;
  /** The room's log so far (who did what), for the debrief. */
  log(): readonly LogEntry[];
  /** The ordinary share link of the table on screen (not the room's address). */
  tableLink(): string;
  /** Saves a text file (the debrief). */
  download(fileName: string, text: string): void;
}

interface Ctx {
  readonly store: RoomStore;
  readonly port: RoomPort;
}

const RoomContext = createContext<Ctx | null>(null);

export function RoomProvider({
  store,
  port,
  children,
}: {
  store: RoomStore;
  port: RoomPort;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ store, port }), [store, port]);
  return <RoomContext.Provider value={value}>{children}</RoomContext.Provider>;
}

const outside = createRoomStore();

/** Selects from the room's view; outside a RoomProvider (most tests), there is no room. */
export function useRoom<T>(selector: (view: RoomView) => T): T {
  return useStore(useContext(RoomContext)?.store ?? outside, selector);
}

/** The room's actions, or null where there are no rooms (the button is then not offered). */
export const useRoomPort = (): RoomPort | null => useContext(RoomContext)?.port ?? null;
