import { describe, expect, it } from 'vitest';
import { shippedScenario } from '../../tests/support/catalog';
import { compareScenarios } from '../scenario/compare';
import { outcomeWords, summarizeComparison } from './compare';
import { outcomeAsStated } from '../scenario/compare';
import frenchCatalog from './compiled/fr.json';
import { createWords, type Catalog } from './intl';

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

describe('in French', () => {
  const french = createWords('fr', frenchCatalog as unknown as Catalog);

  it('says the changes and the outcome in whole French sentences, French names and typography', () => {
    expect(summarizeComparison(diff('vilnius-2023', 'washington-2024'), french)).toBe(
      'Suède rejoint la table\u00a0; États-Unis passe du soutien à l’indécision\u00a0; preuve réévaluée pour France et Hongrie. Issue (inchangée)\u00a0: bloquée par France (selon la presse)\u00a0; Allemagne, dans le sillage de France (selon la presse).',
    );
    expect(summarizeComparison(diff('spring-2023', 'vilnius-2023'), french)).toMatch(
      /^France passe de l’indécision à l’objection\u00a0; Allemagne passe de l’indécision à l’objection\u00a0; 27 alliés sans position publique passent de l’indécision au soutien\u00a0;/,
    );
    expect(summarizeComparison(diff('unsc-comparison', 'unsc-comparison'), french)).toMatch(
      /^Aucun membre n’a changé de position ni de preuve\. Issue \(inchangée\)\u00a0: /,
    );
  });

  it("states a scenario's outcome with its blockers' evidence", () => {
    const vilnius = shippedScenario('vilnius-2023');
    expect(outcomeWords(outcomeAsStated(vilnius), vilnius, french)).toBe(
      'Bloquée par France (responsable cité)\u00a0; Allemagne, dans le sillage de France (selon la presse)',
    );
    expect(outcomeWords(null, vilnius, french)).toBe(
      'impossible à juger selon sa règle par défaut',
    );
  });
});
