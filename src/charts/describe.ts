/**
 * The words of the charts: text alternatives generated from the same data the marks are drawn
 * from, so the description never drifts from the picture. Pure functions, in the reader's
 * language (`words`, English by default).
 */
import type { Position } from '../engine/types';
import { defineMessages, ENGLISH, type Words } from '../words/intl';
import { num } from '../words/format';
import { positionLabel } from '../words/labels';
import { statusWord } from '../words/outcome';
import type { MarginDatum, RuleVerdict, SeatDatum } from './types';

export type Format = (value: number, unit: string) => string;

const M = defineMessages({
  seats: {
    id: 'chart.seats',
    defaultMessage:
      '{count, plural, one {{n} seat} other {{n} seats}}. {support} support, {undecided} undecided, {object} object. Blocking: {blocking}. Pivotal: {pivotal}.',
  },
  none: { id: 'chart.none', defaultMessage: 'none' },
  following: { id: 'chart.seats.following', defaultMessage: 'Following: {pairs}.' },
  follower: { id: 'chart.seats.follower', defaultMessage: '{name} follows {leader}' },
  // The ally rows' tags (AllyList), the same words.
  blocking: { id: 'allyRow.blocking', defaultMessage: 'blocking' },
  pivotal: { id: 'allyRow.pivotal', defaultMessage: 'pivotal' },
  follows: { id: 'allyRow.follows', defaultMessage: 'follows {leader}' },
  seatLabel: {
    id: 'chart.seat.label',
    defaultMessage: '{name}: {state}. Press Enter to change position.',
  },
  margin: {
    id: 'chart.margin',
    defaultMessage:
      '{label}: {have} of {total}{best, select, yes { (at best {possible})} other {}}, needs {quota}: {met, select, yes {met} other {not met}}.',
  },
  blockingMinority: {
    id: 'chart.margin.blockingMinority',
    defaultMessage:
      '{label}: {have}; a blocking minority needs {quota}: {met, select, yes {formed} other {not formed}}.',
  },
  noMargins: { id: 'chart.margins.none', defaultMessage: 'No thresholds to show.' },
  current: { id: 'chart.currentRule', defaultMessage: '{rule} (current rule)' },
  verdict: {
    id: 'chart.verdict',
    defaultMessage: 'Under {rule}: {status}{reason, select, none {} other { ({reason})}}.',
    description: 'status: the outcome in lower case; reason "none" when there is none',
  },
  noVerdicts: { id: 'chart.verdicts.none', defaultMessage: 'No rules to compare.' },
});

export function countPositions(seats: readonly SeatDatum[]): Record<Position, number> {
  const counts: Record<Position, number> = { support: 0, undecided: 0, object: 0 };
  for (const s of seats) counts[s.position] += 1;
  return counts;
}

const names = (seats: readonly SeatDatum[], words: Words) =>
  seats.length === 0 ? words.formatMessage(M.none) : seats.map((s) => s.name).join(', ');

/** e.g. "31 seats. 29 support, 0 undecided, 2 object. Blocking: France, Germany. Pivotal: France." */
export function describeSeats(seats: readonly SeatDatum[], words: Words = ENGLISH): string {
  const c = countPositions(seats);
  const following = seats.filter((s) => s.follows !== null);
  const sentence = words.formatMessage(M.seats, {
    count: seats.length,
    n: num(seats.length, words),
    ...c,
    blocking: names(
      seats.filter((s) => s.blocker),
      words,
    ),
    pivotal: names(
      seats.filter((s) => s.pivotal),
      words,
    ),
  });
  if (following.length === 0) return sentence;
  const pairs = following
    .map((s) => words.formatMessage(M.follower, { name: s.name, leader: s.follows }))
    .join(', ');
  return `${sentence} ${words.formatMessage(M.following, { pairs })}`;
}

/** A position as the charts' words say it, in lower case: "object" ("objection"). */
export const positionWord = (p: Position, words: Words = ENGLISH): string =>
  positionLabel(p, words).toLocaleLowerCase(words.locale);

/** The seat's state in words: "object, blocking, pivotal, follows Germany". */
export function seatState(seat: SeatDatum, words: Words = ENGLISH): string {
  const bits: string[] = [positionWord(seat.position, words)];
  if (seat.blocker) bits.push(words.formatMessage(M.blocking));
  if (seat.pivotal) bits.push(words.formatMessage(M.pivotal));
  if (seat.follows !== null) bits.push(words.formatMessage(M.follows, { leader: seat.follows }));
  return bits.join(', ');
}

/** Accessible name of a seat button: "France: object, blocking. Press Enter to change position." */
export function seatLabel(seat: SeatDatum, words: Words = ENGLISH): string {
  return words.formatMessage(M.seatLabel, { name: seat.name, state: seatState(seat, words) });
}

/** One margin in words: "Allies not objecting: 29 of 31, needs 31: not met." */
export function describeMargin(m: MarginDatum, format: Format, words: Words = ENGLISH): string {
  const met = m.met ? 'yes' : 'no';
  if (m.id === 'blocking-minority')
    return words.formatMessage(M.blockingMinority, {
      label: m.label,
      have: format(m.have, m.unit),
      quota: format(m.quota, m.unit),
      met,
    });
  return words.formatMessage(M.margin, {
    label: m.label,
    have: format(m.have, m.unit),
    total: format(m.total, m.unit),
    best: m.possible !== m.have ? 'yes' : 'no',
    possible: format(m.possible, m.unit),
    quota: format(m.quota, m.unit),
    met,
  });
}

export function describeMargins(
  margins: readonly MarginDatum[],
  format: Format,
  words: Words = ENGLISH,
): string {
  if (margins.length === 0) return words.formatMessage(M.noMargins);
  return margins.map((m) => describeMargin(m, format, words)).join(' ');
}

/** The rule's name in the comparison, marked when it is the current one. */
export const verdictRuleName = (v: RuleVerdict, words: Words = ENGLISH): string =>
  v.current ? words.formatMessage(M.current, { rule: v.label }) : v.label;

/** One verdict in words: "Under NAC consensus (current rule): blocked (France and Germany object)." */
export function describeVerdict(v: RuleVerdict, words: Words = ENGLISH): string {
  const reason = v.reason.trim();
  return words.formatMessage(M.verdict, {
    rule: verdictRuleName(v, words),
    status: statusWord(v.status, words).toLocaleLowerCase(words.locale),
    reason: reason === '' ? 'none' : reason,
  });
}

export function describeVerdicts(verdicts: readonly RuleVerdict[], words: Words = ENGLISH): string {
  if (verdicts.length === 0) return words.formatMessage(M.noVerdicts);
  return verdicts.map((v) => describeVerdict(v, words)).join(' ');
}
