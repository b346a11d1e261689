/**
 * The words of the charts: text alternatives generated from the same data the marks are drawn
 * from, so the description never drifts from the picture. Pure functions.
 */
import type { Position } from '../engine/types';
import type { MarginDatum, RuleVerdict, SeatDatum } from './types';

export type Format = (value: number, unit: string) => string;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function countPositions(seats: readonly SeatDatum[]): Record<Position, number> {
  const counts: Record<Position, number> = { support: 0, undecided: 0, object: 0 };
  for (const s of seats) counts[s.position] += 1;
  return counts;
}

const names = (seats: readonly SeatDatum[]) =>
  seats.length === 0 ? 'none' : seats.map((s) => s.name).join(', ');

/** e.g. "31 seats. 29 support, 0 undecided, 2 object. Blocking: France, Germany. Pivotal: France." */
export function describeSeats(seats: readonly SeatDatum[]): string {
  const c = countPositions(seats);
  const following = seats.filter((s) => s.follows !== null);
  const parts = [
    `${plural(seats.length, 'seat', 'seats')}.`,
    `${c.support} support, ${c.undecided} undecided, ${c.object} object.`,
    `Blocking: ${names(seats.filter((s) => s.blocker))}.`,
    `Pivotal: ${names(seats.filter((s) => s.pivotal))}.`,
  ];
  if (following.length > 0) {
    parts.push(`Following: ${following.map((s) => `${s.name} follows ${s.follows}`).join(', ')}.`);
  }
  return parts.join(' ');
}

/** The seat's state in words: "object, blocking, pivotal, follows Germany". */
export function seatState(seat: SeatDatum): string {
  const bits: string[] = [seat.position];
  if (seat.blocker) bits.push('blocking');
  if (seat.pivotal) bits.push('pivotal');
  if (seat.follows !== null) bits.push(`follows ${seat.follows}`);
  return bits.join(', ');
}

/** Accessible name of a seat button: "France: object, blocking. Press Enter to change position." */
export function seatLabel(seat: SeatDatum): string {
  return `${seat.name}: ${seatState(seat)}. Press Enter to change position.`;
}

/** One margin in words: "Allies not objecting: 29 of 31, needs 31: not met." */
export function describeMargin(m: MarginDatum, format: Format): string {
  if (m.id === 'blocking-minority')
    return `${m.label}: ${format(m.have, m.unit)}; a blocking minority needs ${format(m.quota, m.unit)}: ${m.met ? 'formed' : 'not formed'}.`;
  const best = m.possible !== m.have ? ` (at best ${format(m.possible, m.unit)})` : '';
  return (
    `${m.label}: ${format(m.have, m.unit)} of ${format(m.total, m.unit)}${best}, ` +
    `needs ${format(m.quota, m.unit)}: ${m.met ? 'met' : 'not met'}.`
  );
}

export function describeMargins(margins: readonly MarginDatum[], format: Format): string {
  if (margins.length === 0) return 'No thresholds to show.';
  return margins.map((m) => describeMargin(m, format)).join(' ');
}

/** One verdict in words: "Under NAC consensus (current rule): blocked (France and Germany object)." */
export function describeVerdict(v: RuleVerdict): string {
  const current = v.current ? ' (current rule)' : '';
  const reason = v.reason.trim() === '' ? '' : ` (${v.reason.trim()})`;
  return `Under ${v.label}${current}: ${v.status}${reason}.`;
}

export function describeVerdicts(verdicts: readonly RuleVerdict[]): string {
  if (verdicts.length === 0) return 'No rules to compare.';
  return verdicts.map(describeVerdict).join(' ');
}
