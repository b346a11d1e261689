/**
 * Which language the page opens in, where the choice is kept, and the catalogs it loads. Only
 * the composition root touches storage: the rest of the page reads the store's `language`.
 *
 * The order: the link's language (the person who shared it chose it), else the choice kept in
 * this browser, else the browser's own languages (the first one we speak: fr* is French), else
 * English.
 */
import { addShippedTranslations } from '../scenario/translate';
import type { KeyValueStorage } from '../state/persistence';
import type { AppStore } from '../state/store';
import { ENGLISH_CATALOG, isLanguage, type Catalog, type Language } from '../words/intl';

/** Where the choice is kept: a key of its own, beside the versioned table. */
export const LANGUAGE_KEY = 'nac-language';

/** The language a browser language tag asks for, if we speak it ("fr-CA" is French). */
export function languageOfTag(tag: string): Language | null {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(base) ? base : null;
}

export function chooseLanguage(
  fromLink: Language | undefined,
  stored: Language | null,
  browser: readonly string[],
): Language {
  if (fromLink) return fromLink;
  if (stored) return stored;
  for (const tag of browser) {
    const lang = languageOfTag(tag);
    if (lang) return lang;
  }
  return 'en';
}

/** The stored choice, if there is a readable one. */
export function storedLanguage(storage: KeyValueStorage | null): Language | null {
  try {
    const value = storage?.getItem(LANGUAGE_KEY) ?? null;
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function saveLanguage(storage: KeyValueStorage | null, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage full or refused (a private window): the choice holds for this visit and its links.
  }
}

/**
 * Keeps the language in storage when the person chooses it with the Language control; a link's
 * language is shown for the visit and not kept (the sharer chose it, not the reader).
 */
export function keepLanguage(store: AppStore, storage: KeyValueStorage | null): () => void {
  return store.subscribe((state, prev) => {
    if (state.language !== prev.language && state.languageChosen)
      saveLanguage(storage, state.language);
  });
}

/**
 * A language's compiled catalog: English is in the first visit's code; the others load when
 * they are chosen (a network failure rejects, and the caller says so).
 */
export async function loadCatalog(language: Language): Promise<Catalog> {
  switch (language) {
    case 'en':
      return ENGLISH_CATALOG;
    case 'fr': {
      // The shipped scenarios' French comes with the words: the page switches to both at once.
      const [catalog] = await Promise.all([
        import('../words/compiled/fr.json'),
        loadScenarioTranslations(),
      ]);
      return catalog.default as unknown as Catalog;
    }
  }
}

let scenarioTranslations: Promise<void> | undefined;

/**
 * The shipped scenarios' translations (a chunk of their own), added once: each later call (an
 * export, French chosen again) waits on the same load. One that failed is tried again next time.
 */
export function loadScenarioTranslations(): Promise<void> {
  scenarioTranslations ??= import('virtual:scenario-translations').then(
    (m) => addShippedTranslations(m.default),
    (e: unknown) => {
      scenarioTranslations = undefined;
      throw e;
    },
  );
  return scenarioTranslations;
}
