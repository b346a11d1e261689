/**
 * The languages a scenario file may be translated into: the simulator's languages but English,
 * in which every file is written (src/words/intl.ts LANGUAGES: the state passes the page's
 * language in, which does not compile if they part, and a test checks they agree).
 * A module of its own, without zod: the page shows translations on its first visit, the
 * validator loads later.
 */
export const TRANSLATED_LANGUAGES = ['fr'] as const;
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

/** A language a scenario's texts can be in: English, the files' own, or a translation's. */
export type ScenarioLanguage = 'en' | TranslatedLanguage;
