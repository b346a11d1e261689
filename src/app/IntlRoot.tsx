/**
 * The page's language: react-intl's provider over the app, with the catalog of the language the
 * store names. A language chosen later loads its catalog first (the page stays in the language
 * it speaks meanwhile); the page's `lang` follows the words on screen. A catalog that fails to
 * load says so, and the choice goes back to the language shown.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { useAppStore } from '../state/context';
import { noticeWords } from '../state/store';
import { LANGUAGE_NAME, type Catalog, type Language } from '../words/intl';
import { languageFailed } from '../words/notices';
import { loadCatalog } from './language';

export interface Shown {
  readonly language: Language;
  readonly catalog: Catalog;
}

export function IntlRoot({ initial, children }: { initial: Shown; children: ReactNode }) {
  const language = useAppStore((s) => s.language);
  const showLanguage = useAppStore((s) => s.showLanguage);
  const showNotice = useAppStore((s) => s.showNotice);
  const [shown, setShown] = useState(initial);

  useEffect(() => {
    if (language === shown.language) return;
    let live = true;
    loadCatalog(language).then(
      (catalog) => {
        if (live) setShown({ language, catalog });
      },
      () => {
        if (!live) return;
        showNotice({
          kind: 'info',
          ...noticeWords(languageFailed(LANGUAGE_NAME[language], LANGUAGE_NAME[shown.language])),
        });
        showLanguage(shown.language);
      },
    );
    return () => {
      live = false;
    };
  }, [language, shown.language, showLanguage, showNotice]);

  useEffect(() => {
    document.documentElement.lang = shown.language;
  }, [shown.language]);

  return (
    <IntlProvider locale={shown.language} defaultLocale="en" messages={shown.catalog}>
      {children}
    </IntlProvider>
  );
}
