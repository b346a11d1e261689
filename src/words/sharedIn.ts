/**
 * The shared words the explanation panels use (a rule's name, margins, counts, quantities), called
 * with the reader's formatter as their last argument, as src/words/rules.ts and format.ts take it
 * once they are translated (the same change set). Typed once here, so that each panel calls them
 * the same way whether or not a function has its formatter parameter yet: without it, the extra
 * argument is ignored and the words stay English.
 */
import type { Margin } from '../engine/outcome';
import type { Rule, RuleDef } from '../engine/rules';
import type { Member } from '../engine/types';
import type { Noun } from '../scenario/model';
import { counted, formatQuantity } from './format';
import type { Words } from './intl';
import { labelledMargins, noFigureSentence, ruleLabel, type Body } from './rules';

export const ruleLabelIn: (def: RuleDef, body: Body, words: Words) => string = ruleLabel;

export const labelledMarginsIn: (
  margins: readonly Margin[],
  rule: Rule,
  noun: Noun,
  words: Words,
) => (Margin & { readonly label: string })[] = labelledMargins;

export const noFigureSentenceIn: (
  rule: Rule,
  members: readonly Member[],
  words: Words,
) => string | null = noFigureSentence;

export const countedIn: (n: number, noun: Noun, words: Words) => string = counted;

export const formatQuantityIn: (x: number, unit: string, words: Words) => string = formatQuantity;
