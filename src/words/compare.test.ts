import { describe, expect, it } from 'vitest';
import { shippedScenario } from '../../tests/support/catalog';
import { compareScenarios } from '../scenario/compare';
import { outcomeWords, summarizeComparison } from './compare';
import { outcomeAsStated } from '../scenario/compare';

const diff = (a: string, b: string) => compareScenarios(shippedScenario(a), shippedScenario(b));

describe('summarizeComparison', () => {
  it.each([
    [
      'spring-2023',
      'vilnius-2023',
      'France: Undecided to Object; Germany: Undecided to Object; 27 allies with no public position: Undecided to Support; new evidence for Hungary. Outcome: blocked by France (named official); Germany, following France (reported).',
    ],
    [
      'vilnius-2023',
      'washington-2024',
      'Sweden joined the table; United States: Support to Undecided; new evidence for France and Hungary. Outcome (unchanged): blocked by France (reported); Germany, following France (reported).',
    ],
    [
      'vilnius-2023',
      'vilnius-2023',
      'No ally changed position or evidence. Outcome (unchanged): blocked by France (named official); Germany, following France (reported).',
    ],
  ])('%s -> %s', (a, b, sentence) => {
    expect(summarizeComparison(diff(a, b))).toBe(sentence);
  });
});

describe('outcomeWords', () => {
  it('names each blocker with the strength of its evidence', () => {
    const vilnius = shippedScenario('vilnius-2023');
    expect(outcomeWords(outcomeAsStated(vilnius), vilnius)).toBe(
      'Blocked by France (named official); Germany, following France (reported)',
    );
  });

  it('says "members" for a custom body', () => {
    expect(summarizeComparison(diff('unsc-comparison', 'unsc-comparison'))).toMatch(
      /^No member changed position or evidence\./,
    );
  });
});
