/**
 * Dates of the sources in the reader's language, as precise as they are known: "12 Jan 2007",
 * "Apr 2023", "9–11 Jul 2024" in English; "12 janv. 2007", "avr. 2023", "1er juin 2023" in French.
 * Written by hand, not by Intl: the first load pays nothing, and every engine writes them alike.
 */
import { formatEventDate, type DateWords, type EventDate } from '../scenario/eventDate';
import { ENGLISH, languageOf, type Words } from './intl';

// French abbreviations of the months, as French dates write them (not the locale's data, which
// differs between engines); the first of the month is "1er".
const FRENCH_DATES: DateWords = {
  months: [
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
  ],
  day: (d) => (d === 1 ? '1er' : String(d)),
};

/** A date (or a span of days, to `end`) in the reader's language. */
export const eventDateText = (date: EventDate, end?: EventDate, words: Words = ENGLISH): string =>
  formatEventDate(date, end, languageOf(words) === 'fr' ? FRENCH_DATES : undefined);
