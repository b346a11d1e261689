import { useContext } from 'react';
import { IntlContext } from 'react-intl';
import { ENGLISH, type Words } from '../words/intl';

/**
 * The reader's language for a chart's own words (captions, table headers, descriptions): the
 * page's react-intl context, not the store; English where there is none (a chart drawn alone).
 * The same as src/state/words.ts's useWords, which charts may not import.
 */
export function useChartWords(): Words {
  // react-intl types the context as always set; it is null outside an IntlProvider.
  return (useContext(IntlContext) as Words | null) ?? ENGLISH;
}
