/**
 * The class room's controller (./room.ts, with the room's table bridge and words) loads when a
 * room is first needed: an address that names one (at start or later), or Start a class room.
 * Most visits never open a room, and the first visit's JavaScript has a budget.
 *
 * The port handed to the panels forwards to the controller once it is there. Its synchronous
 * answers (the join link, the log) are asked only by the room's own panels, which show only once
 * the controller has opened a room; before that they answer as an empty room would.
 */
import { roomOfHash } from '../room/code';
import { NO_ROOM, type RoomPort } from '../state/room';
import { noticeWords } from '../state/store';
import { roomNotLoaded } from '../words/notices';
import type { RoomsOptions } from './room';

type Controller = RoomPort & { stop(): void };

export function roomsOnDemand(
  options: RoomsOptions,
  load: () => Promise<{ connectRooms: (o: RoomsOptions) => Controller }> = () => import('./room'),
): RoomPort {
  const { win, rooms } = options;
  let controller: Controller | null = null;
  let loading: Promise<Controller> | null = null;

  const ready = (): Promise<Controller> => {
    loading ??= load().then((m) => {
      win.removeEventListener('hashchange', onAddress);
      // The controller reads the address itself as it starts.
      controller = m.connectRooms(options);
      return controller;
    });
    return loading;
  };
  const later = (use: (c: Controller) => void) => {
    ready().then(use, () => {
      if (rooms.getState().stage === 'opening') rooms.setState(NO_ROOM);
      options.store.getState().showNotice({ kind: 'room', ...noticeWords(roomNotLoaded()) });
    });
  };
  // Until the controller takes the room, the page says it is opening one: the table would show
  // meanwhile, and a phone's first touches would land on it (its own "Your name" field). The
  // controller, once here, follows the address itself (this listener is gone by then).
  function onAddress() {
    const named = roomOfHash(win.location.hash);
    if (named === null || named === 'invalid') {
      // Back to the table meanwhile, or a damaged code (the controller names its fault).
      if (rooms.getState().stage === 'opening') rooms.setState(NO_ROOM);
      if (named === null) return;
    } else rooms.setState({ ...NO_ROOM, code: named.code, stage: 'opening' });
    later(() => {});
  }
  win.addEventListener('hashchange', onAddress);
  onAddress();

  return {
    start: () => later((c) => c.start()),
    join: (name) => later((c) => c.join(name)),
    act: (action) => later((c) => c.act(action)),
    leave: () => later((c) => c.leave()),
    joinUrl: (code) => controller?.joinUrl(code) ?? '',
    log: () => controller?.log() ?? [],
    tableLink: () => controller?.tableLink() ?? options.shareUrl(options.store.getState().table),
    download: (fileName, text) => later((c) => c.download(fileName, text)),
  };
}
