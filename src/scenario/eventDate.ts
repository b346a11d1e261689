/**
 * Dates of events as the sources know them (a day, a month, or a span of days): their instant on a
 * time axis and their words. Apart from the timeline's events (./timeline.ts), which only the
 * Timeline tab loads: the scenarios' revisions and the comparison give dates too.
 */

/** `YYYY-MM-DD` (a day) or `YYYY-MM` (a month only: the day was not reported). */
export type EventDate = string;

const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** How a language writes a date's month and day: English's by default. */
export interface DateWords {
  readonly months: readonly string[];
  readonly day: (day: number) => string;
}

const ENGLISH_DATES: DateWords = { months: MONTHS, day: String };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * The instant an event date stands for, at UTC midnight: a month-only date sits in the middle of
 * its month (15th), so "mid-April" is drawn mid-April rather than on the 1st. Null if malformed.
 */
export function eventInstant(date: EventDate): Date | null {
  const d = DAY.exec(date);
  const m = d ? null : MONTH.exec(date);
  const [y, mo, day] = d
    ? [Number(d[1]), Number(d[2]), Number(d[3])]
    : m
      ? [Number(m[1]), Number(m[2]), 15]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(y) || mo < 1 || mo > 12) return null;
  const t = new Date(Date.UTC(y, mo - 1, day));
  return t.getUTCMonth() === mo - 1 && t.getUTCDate() === day ? t : null;
}

/** "12 Jan 2007", "Apr 2023", "9–11 Jul 2024": as precise as the date is known, in words. */
export function formatEventDate(
  date: EventDate,
  end?: EventDate,
  { months, day }: DateWords = ENGLISH_DATES,
): string {
  const d = DAY.exec(date);
  const m = MONTH.exec(date);
  if (m) return `${months[Number(m[2]) - 1] ?? '?'} ${m[1]}`;
  if (!d) return date;
  const month = months[Number(d[2]) - 1] ?? '?';
  const e = end ? DAY.exec(end) : null;
  if (e && e[1] === d[1] && e[2] === d[2])
    return `${day(Number(d[3]))}–${Number(e[3])} ${month} ${d[1]}`;
  return `${day(Number(d[3]))} ${month} ${d[1]}`;
}
