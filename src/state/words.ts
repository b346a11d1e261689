/**
 * The formatter the page's words go through: react-intl's, from the IntlProvider the composition
 * root puts at the top (src/app/IntlRoot.tsx); English where there is none (a component test
 * that renders a panel alone), as the words modules default to it.
 */
import { useContext } from 'react';
import { IntlContext } from 'react-intl';
import { ENGLISH, type Words } from '../words/intl';

export function useWords(): Words {
  // react-intl types the context as always set; it is null outside an IntlProvider.
  const intl = useContext(IntlContext) as Words | null;
  return intl ?? ENGLISH;
}
