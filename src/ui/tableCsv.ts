/**
 * The table of allies as CSV: one row per ally with its position, who set it, the bloc it follows,
 * the evidence behind its stance, its chance of consent, the note and the sources. Pure: the
 * download itself is the caller's business.
 */
import { csvFormatRows } from 'd3';
import type { Seat } from '../engine/types';
import type { Scenario, SourceEntry } from '../scenario/model';
import type { Changes } from '../scenario/play';

export const TABLE_CSV_COLUMNS = [
  'ally',
  'name',
  'position',
  'set_by',
  'follows',
  'evidence',
  'p',
  'note',
  'sources',
] as const;

/**
 * A scenario file is untrusted: a note starting with "=" would run as a formula in a spreadsheet.
 * Such cells get a leading apostrophe, the spreadsheets' own mark for "this is text".
 */
export const defuseCell = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

const sourceText = (s: SourceEntry) =>
  [s.title, [s.publisher, s.date].filter(Boolean).join(', '), s.url ?? '']
    .filter((part) => part !== '')
    .join(' — ');

/**
 * `seats` are the table as played (index-aligned with the scenario's members); `changes` tell
 * which positions the user set (a follower the user has not set is the scenario's: it follows).
 */
export function tableCsv(scenario: Scenario, seats: readonly Seat[], changes: Changes): string {
  const rows = scenario.members.map((member, i) => {
    const seat = seats[i];
    const stance = scenario.stances[i];
    const setBy = changes[member.id]?.position !== undefined ? 'user' : 'scenario';
    const sources = (stance?.sources ?? [])
      .map((id) => scenario.sources.find((s) => s.id === id))
      .filter((s): s is SourceEntry => s !== undefined)
      .map(sourceText)
      .join('; ');
    return [
      member.id,
      member.name,
      seat?.position ?? '',
      setBy,
      seat?.leader ?? '',
      stance?.evidence ?? '',
      seat ? String(seat.p) : '',
      stance?.note ?? '',
      sources,
    ].map(defuseCell);
  });
  return csvFormatRows([[...TABLE_CSV_COLUMNS], ...rows]);
}
