import { useRoom, useRoomPort } from '../state/room';
import { useWords } from '../state/words';
import { defineMessages } from '../words/intl';

const M = defineMessages({
  start: { id: 'header.startRoom', defaultMessage: 'Start a class room' },
  starting: { id: 'header.startingRoom', defaultMessage: 'Starting a class room…' },
});

/** The header's button that opens a room (only where rooms are offered, never inside one). */
export function StartRoomButton() {
  const port = useRoomPort();
  const code = useRoom((r) => r.code);
  const starting = useRoom((r) => r.stage === 'starting' && r.code === null);
  const intl = useWords();
  if (!port || code !== null) return null;
  return (
    <button type="button" onClick={port.start} aria-disabled={starting || undefined}>
      {intl.formatMessage(starting ? M.starting : M.start)}
    </button>
  );
}
