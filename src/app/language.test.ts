// Which language the page opens in: the link's, else the stored choice, else the browser's.
import { describe, expect, it } from 'vitest';
import {
  chooseLanguage,
  LANGUAGE_KEY,
  languageOfTag,
  loadCatalog,
  saveLanguage,
  storedLanguage,
} from './language';

const memory = (entries: Record<string, string> = {}) => {
  const data = new Map(Object.entries(entries));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
};

describe('the language a page opens in', () => {
  it.each<[string, Parameters<typeof chooseLanguage>, 'en' | 'fr']>([
    ['the link wins over storage and browser', ['en', 'fr', ['fr-FR']], 'en'],
    ['a French link wins over an English choice', ['fr', 'en', ['en-GB']], 'fr'],
    ['storage wins over the browser', [undefined, 'en', ['fr-FR', 'fr']], 'en'],
    ['stored French', [undefined, 'fr', ['en-US']], 'fr'],
    ['the browser: fr-CA is French', [undefined, null, ['fr-CA', 'en']], 'fr'],
    ['the browser: the first language we speak', [undefined, null, ['de-DE', 'fr', 'en']], 'fr'],
    ['the browser: English first', [undefined, null, ['en-GB', 'fr']], 'en'],
    ['nothing we speak: English', [undefined, null, ['de', 'ja']], 'en'],
    ['no languages at all: English', [undefined, null, []], 'en'],
  ])('%s', (_, args, expected) => {
    expect(chooseLanguage(...args)).toBe(expected);
  });

  it('reads language tags by their base language', () => {
    expect(languageOfTag('FR_be')).toBe('fr');
    expect(languageOfTag('en')).toBe('en');
    expect(languageOfTag('fy')).toBeNull();
    expect(languageOfTag('')).toBeNull();
  });
});

describe('the stored choice', () => {
  it('round-trips, under its own key', () => {
    const storage = memory();
    saveLanguage(storage, 'fr');
    expect(storage.data.get(LANGUAGE_KEY)).toBe('fr');
    expect(storedLanguage(storage)).toBe('fr');
  });

  it('ignores what it does not know, and storage that throws', () => {
    expect(storedLanguage(memory({ [LANGUAGE_KEY]: 'xx' }))).toBeNull();
    expect(storedLanguage(null)).toBeNull();
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(storedLanguage(broken)).toBeNull();
    expect(() => saveLanguage(broken, 'fr')).not.toThrow();
  });
});

describe('the catalogs load by language', () => {
  it("French has the contract words, and every message of the first visit's English", async () => {
    const [en, fr] = await Promise.all([loadCatalog('en'), loadCatalog('fr')]);
    // English comes by part (the lazy parts bring theirs); French loads whole.
    expect(Object.keys(fr)).toEqual(expect.arrayContaining(Object.keys(en)));
    expect(fr['position.support']).toEqual([{ type: 0, value: 'Soutien' }]);
    expect(fr['exercise.check']).toEqual([{ type: 0, value: 'Vérifier la réponse' }]);
  });
});
