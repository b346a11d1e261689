/**
 * The timeline's words in the reader's language: an event's title (the data gives it in English
 * and in French), its kind, and its date as precise as it is known. Only the Timeline tab loads
 * them.
 */
import './parts/panels';
import type { EventKind, TimelineEvent } from '../scenario/timeline';
import { formatEventDate, type EventDate } from '../scenario/eventDate';
import { defineMessages, ENGLISH, languageOf, type Words } from './intl';

const KIND = defineMessages({
  japan: { id: 'timeline.kind.japan', defaultMessage: 'Japan and NATO' },
  dispute: { id: 'timeline.kind.dispute', defaultMessage: 'The dispute' },
  membership: { id: 'timeline.kind.membership', defaultMessage: 'Membership' },
  summit: { id: 'timeline.kind.summit', defaultMessage: 'Summit' },
  outside: { id: 'timeline.kind.outside', defaultMessage: "Non-member's view" },
});

/** A timeline event's kind, in the chart's table view: "Summit", "Non-member's view". */
export const eventKindLabel = (kind: EventKind, words: Words = ENGLISH): string =>
  words.formatMessage(KIND[kind]);

/** An event's short title in the reader's language. */
export const eventTitle = (event: TimelineEvent, words: Words = ENGLISH): string =>
  languageOf(words) === 'fr' ? event.titleFr : event.title;

// French abbreviations of the months, as French dates write them (not the locale's data, which
// differs between engines).
const MOIS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
] as const;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** The first of the month is "1er" in French. */
const jour = (d: string) => (Number(d) === 1 ? '1er' : String(Number(d)));

/**
 * A date in words, as precise as it is known: "12 Jan 2007", "Apr 2023", "9–11 Jul 2024" in
 * English (formatEventDate's words), "12 janv. 2007", "avr. 2023", "9–11 juil. 2024" in French.
 */
export function eventDateText(date: EventDate, end?: EventDate, words: Words = ENGLISH): string {
  if (languageOf(words) !== 'fr') return formatEventDate(date, end);
  const m = MONTH.exec(date);
  if (m) return `${MOIS[Number(m[2]) - 1] ?? '?'} ${m[1]}`;
  const d = DAY.exec(date);
  if (!d) return date;
  const month = MOIS[Number(d[2]) - 1] ?? '?';
  const e = end ? DAY.exec(end) : null;
  if (e && e[1] === d[1] && e[2] === d[2])
    return `${jour(d[3] ?? '')}–${Number(e[3])} ${month} ${d[1]}`;
  return `${jour(d[3] ?? '')} ${month} ${d[1]}`;
}
