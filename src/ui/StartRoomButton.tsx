import { useRoom, useRoomPort } from '../state/room';

/** The header's button that opens a room (only where rooms are offered, never inside one). */
export function StartRoomButton() {
  const port = useRoomPort();
  const code = useRoom((r) => r.code);
  const starting = useRoom((r) => r.stage === 'starting' && r.code === null);
  if (!port || code !== null) return null;
  return (
    <button type="button" onClick={port.start} aria-disabled={starting || undefined}>
      {starting ? 'Starting a class room…' : 'Start a class room'}
    </button>
  );
}
