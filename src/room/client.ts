/**
 * A connection to a class room, as the browser and the Node tests both use it: a Hocuspocus
 * provider on the room's Yjs document, with each action's reply paired to the action that asked
 * for it. The document is read-only here (the server writes it); actions go as stateless
 * messages. Loaded on demand in the browser: a page that never joins a room never pays for Yjs.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { Action, ActionReply, Hello, RoomSnapshot } from './authority';
import { roomDocumentName } from './code';
import { readRoom } from './doc';
import { ACTION_REFUSALS, refusal } from './refusals';

/** Who connects: the teacher (the room's secret) or a student (its own secret and name). */
export type RoomToken =
  | { readonly role: 'teacher'; readonly secret: string }
  | { readonly role: 'student'; readonly secret: string; readonly name: string };

export type RoomLink = 'connecting' | 'connected' | 'disconnected';

export interface RoomEvents {
  /** The document changed (any change, from the server). */
  onRoom?(room: RoomSnapshot): void;
  /** The first full copy has arrived (and again after each reconnection). */
  onSynced?(room: RoomSnapshot): void;
  onLink?(link: RoomLink): void;
  /** The server refused the connection (no such room, not the teacher, room full...). */
  onRefused?(reason: string): void;
  /** The server's clock and, to a student, its id in the room (the key of `holders`). */
  onHello?(hello: Hello): void;
}

export interface RoomConnection {
  /** This screen's copy of the document (the server drops any write made to it here). */
  readonly document: Y.Doc;
  room(): RoomSnapshot;
  /** Sends an action; resolves with the server's reply, or a refusal if the link drops first. */
  act(action: Action): Promise<ActionReply>;
  /**
   * The network is gone (the browser says so): drop the link now rather than wait for its
   * silence to time out, and connect again when `resume` says it is back.
   */
  pause(): void;
  resume(): void;
  close(): void;
}

export interface RoomAddress {
  /** ws:// or wss:// address of the room server. */
  readonly url: string;
  readonly code: string;
  readonly token: RoomToken;
  /** Node has no WebSocket of its own before version 22: the tests pass `ws`. */
  readonly WebSocketPolyfill?: unknown;
}

const LOST: ActionReply = { ok: false, reason: refusal(ACTION_REFUSALS, 'lost') };

export function connectRoom(address: RoomAddress, events: RoomEvents = {}): RoomConnection {
  // The server answers a connection's actions in order, so replies pair with waiters in order.
  let waiters: ((r: ActionReply) => void)[] = [];
  let link: RoomLink = 'connecting';
  const dropWaiters = () => {
    const dropped = waiters;
    waiters = [];
    dropped.forEach((w) => w(LOST));
  };
  const socket = new HocuspocusProviderWebsocket({
    url: address.url,
    ...(address.WebSocketPolyfill ? { WebSocketPolyfill: address.WebSocketPolyfill } : {}),
  } as ConstructorParameters<typeof HocuspocusProviderWebsocket>[0]);
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: roomDocumentName(address.code),
    token: JSON.stringify(address.token),
    onSynced: () => events.onSynced?.(readRoom(provider.document)),
    onStatus: ({ status }) => {
      link = status as RoomLink;
      if (status === 'disconnected') dropWaiters();
      events.onLink?.(status as RoomLink);
    },
    onAuthenticationFailed: ({ reason }) => {
      connection.close(); // a refused client stops retrying
      events.onRefused?.(reason);
    },
    onStateless: ({ payload }) => {
      let message: unknown;
      try {
        message = JSON.parse(payload);
      } catch {
        return;
      }
      if (message !== null && typeof message === 'object' && 'now' in message)
        events.onHello?.(message as Hello);
      else waiters.shift()?.(message as ActionReply);
    },
  });
  provider.document.on('update', () => events.onRoom?.(readRoom(provider.document)));
  // A provider given its own socket waits to be attached to it.
  provider.attach();
  let closed = false;
  const connection: RoomConnection = {
    document: provider.document,
    room: () => readRoom(provider.document),
    act: (action) =>
      new Promise((done) => {
        // Not queued while the link is down: the caller keeps what it meant and sends it again.
        if (closed || link !== 'connected') return done(LOST);
        waiters.push(done);
        provider.sendStateless(JSON.stringify(action));
      }),
    pause: () => {
      if (!closed) socket.disconnect();
    },
    resume: () => {
      if (!closed) void socket.connect();
    },
    close: () => {
      if (closed) return;
      closed = true;
      dropWaiters();
      provider.destroy();
      socket.destroy();
    },
  };
  return connection;
}
