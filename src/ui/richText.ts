import { Children, createElement, Fragment, isValidElement, type ReactNode } from 'react';
import type { MessageDescriptor, Words } from '../words/intl';

/**
 * A message with elements among its values (a name in bold, a note marked English), as keyed
 * React children. FormatJS formats such values at run time (a list of parts); the `Words` type
 * only admits strings, hence the cast.
 */
export function richText(
  words: Words,
  message: MessageDescriptor,
  values: Readonly<Record<string, ReactNode>>,
): ReactNode[] {
  const format = words.formatMessage as unknown as (
    m: MessageDescriptor,
    v: Readonly<Record<string, ReactNode>>,
  ) => ReactNode;
  // Each element in a keyed fragment of its own: the parts are siblings wherever they are put.
  return Children.toArray(format(message, values)).map((part, i) =>
    isValidElement(part) ? createElement(Fragment, { key: i }, part) : part,
  );
}
