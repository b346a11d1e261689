/**
 * The table of allies as CSV: one row per ally with its position, who set it, the bloc it follows,
 * the evidence behind its stance, its chance of consent, the note and the sources. Pure: the
 * download itself is the caller's business.
 */
import { csvFormatRows } from 'd3';
import type { Seat } from '../engine/types';
import type { Scenario, SourceEntry } from '../scenario/model';
import type { Changes } from '../scenario/play';
import { seatName } from '../words/allyNames';
import { defineMessages, ENGLISH, languageOf, type Words } from '../words/intl';
import { evidenceLabel, positionLabel } from '../words/labels';
import '../words/parts/exports';

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
 * The columns in another language: the same data, headed (and its words written) for a reader
 * of that language. English keeps its identifiers: files written before read the same.
 */
const COLUMN = defineMessages({
  ally: { id: 'csv.ally', defaultMessage: 'ally', description: 'Column: the ally’s code' },
  name: { id: 'csv.name', defaultMessage: 'name' },
  position: { id: 'csv.position', defaultMessage: 'position' },
  set_by: { id: 'csv.setBy', defaultMessage: 'set_by' },
  follows: { id: 'csv.follows', defaultMessage: 'follows' },
  evidence: { id: 'csv.evidence', defaultMessage: 'evidence' },
  p: { id: 'csv.p', defaultMessage: 'p', description: 'Column: the chance of consent' },
  note: { id: 'csv.note', defaultMessage: 'note' },
  sources: { id: 'csv.sources', defaultMessage: 'sources' },
});

const SET_BY = defineMessages({
  user: { id: 'csv.setBy.user', defaultMessage: 'user' },
  scenario: { id: 'csv.setBy.scenario', defaultMessage: 'scenario' },
});

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
export function tableCsv(
  scenario: Scenario,
  seats: readonly Seat[],
  changes: Changes,
  intl: Words = ENGLISH,
): string {
  const english = languageOf(intl) === 'en';
  const rows = scenario.members.map((member, i) => {
    const seat = seats[i];
    const stance = scenario.stances[i];
    const setBy = changes[member.id]?.position !== undefined ? 'user' : 'scenario';
    const sources = (stance?.sources ?? [])
      .map((id) => scenario.sources.find((s) => s.id === id))
      .filter((s): s is SourceEntry => s !== undefined)
      .map(sourceText)
      .join('; ');
    if (english)
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
    return [
      member.id,
      seatName(member.id, member.name, intl),
      seat ? positionLabel(seat.position, intl) : '',
      intl.formatMessage(SET_BY[setBy]),
      seat?.leader ?? '',
      stance ? evidenceLabel(stance.evidence, intl) : '',
      // A number as data, as in English: a spreadsheet reads it, whatever its language.
      seat ? String(seat.p) : '',
      stance?.note ?? '',
      sources,
    ].map(defuseCell);
  });
  const header = english
    ? [...TABLE_CSV_COLUMNS]
    : TABLE_CSV_COLUMNS.map((c) => intl.formatMessage(COLUMN[c]));
  return csvFormatRows([header, ...rows]);
}
