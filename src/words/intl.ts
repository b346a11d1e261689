/**
 * The languages of the words, and the formatter every sentence goes through (FormatJS: ICU
 * messages, plurals and lists by locale). The words modules take it as a parameter rather than
 * a React hook, so that the command line and the tests use them as they are: English by default.
 *
 * The catalogs are compiled ahead (npm run i18n: `formatjs extract`, then `formatjs compile
 * --ast`) so that no page ships the ICU parser (vite.config.ts aliases it away). They come by
 * part (scripts/catalogs.ts): the first visit's English is imported here; a part that loads on
 * demand brings its own English (src/words/parts/); French loads whole when it is chosen
 * (src/app/language.ts).
 */
import {
  createIntl,
  createIntlCache,
  type IntlShape,
  type MessageDescriptor,
} from '@formatjs/intl';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import english from './compiled/page.en.json';

/** The languages the simulator speaks, by BCP 47 tag. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, as the Language control offers it. */
export const LANGUAGE_NAME: Record<Language, string> = { en: 'English', fr: 'Français' };

export const isLanguage = (x: unknown): x is Language =>
  typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);

/** A compiled catalog: message id -> ICU AST. */
export type Catalog = Record<string, MessageFormatElement[]>;

/**
 * What the words need of a formatter: react-intl's `useIntl()` and @formatjs/intl's
 * `createIntl()` both give one.
 */
export type Words = Pick<IntlShape, 'locale' | 'formatMessage' | 'formatList' | 'formatNumber'>;

export type { MessageDescriptor };

/**
 * Declares messages (id, English text, a note for translators): `formatjs extract` finds them by
 * this function's name. Plain descriptors, not @formatjs/intl's typed ones, whose value types
 * every call would have to spell out.
 */
export const defineMessages = <K extends string>(
  messages: Record<K, MessageDescriptor>,
): Readonly<Record<K, MessageDescriptor>> => messages;

const cache = createIntlCache();

/** A formatter for a language and its compiled catalog. */
export const createWords = (locale: Language, messages: Catalog): IntlShape =>
  createIntl({ locale, defaultLocale: 'en', messages }, cache);

/**
 * The English catalog (compiled): the first visit's messages, and each part's once it has loaded.
 * One object that grows, rather than a new one per part, so that the formatters already made
 * (react-intl's, ENGLISH) find a part's messages as soon as its code has run: they look a message
 * up when they format it.
 */
export const ENGLISH_CATALOG: Catalog = { ...(english as unknown as Catalog) };

/** Adds a part's English messages (src/words/parts/), when that part's code loads. */
export function addEnglish(part: unknown): void {
  Object.assign(ENGLISH_CATALOG, part as Catalog);
}

/** English: the default of every words function. */
export const ENGLISH: IntlShape = createWords('en', ENGLISH_CATALOG);

/** The language of a formatter ('en' unless it speaks one we know). */
export const languageOf = (words: Words): Language =>
  isLanguage(words.locale) ? words.locale : 'en';
