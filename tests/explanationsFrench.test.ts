// The first visit's explanations in French: the rules, the margins, the comparison's reasons and
// the charts' words, as the Why panel, the comparison of rules and the charts say them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedScenario } from './support/catalog';
import { describeObjections, describeTornado } from '../src/charts/OddsCharts';
import { describeMargin, describeSeats, describeVerdict, seatLabel } from '../src/charts/describe';
import { judge, type Changes } from '../src/scenario/play';
import { counted, formatQuantity } from '../src/words/format';
import { createWords, type Catalog } from '../src/words/intl';
import {
  marginSentence,
  outcomeHeadline,
  shortReason,
  tableWords,
  withOdds,
} from '../src/words/outcome';
import { marginLabel, noFigureSentence, ruleLabel, ruleSentence } from '../src/words/rules';

const french = createWords(
  'fr',
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../src/words/compiled/fr.json'), 'utf8'),
  ) as unknown as Catalog,
);
const NB = '\u00a0';
/** French percentages as this test writes them: the space before % is the locale's. */
const pc = (s: string) => s.replace(/[\u00a0\u202f]%/g, ' %');

const judged = (id: string, rule?: string, changes: Changes = {}) => {
  const scenario = shippedScenario(id);
  const j = judge(scenario, rule ?? scenario.defaultRule, changes);
  if (!j.ok) throw new Error(j.error);
  return { scenario, ...j.value, words: tableWords(scenario, changes, undefined, french) };
};

describe('the rules in French', () => {
  it('names each built-in rule and states it in one paragraph', () => {
    const { scenario, rule } = judged('vilnius-2023');
    expect(ruleLabel(rule, scenario, french)).toBe('Consensus du CAN');
    expect(ruleSentence(rule, scenario, scenario.members, french)).toBe(
      `Consensus du CAN. Pratique de l’OTAN${NB}: pas de vote${NB}; la décision est prise sauf si un allié s’y oppose (rompt le silence). Les alliés indécis ne bloquent pas${NB}: selon la procédure d’approbation tacite, leur silence vaut accord.`,
    );
    const qmv = judged('vilnius-2023', 'qmv');
    expect(ruleSentence(qmv.rule, qmv.scenario, qmv.scenario.members, french)).toMatch(
      /^Majorité qualifiée \(type UE\)\. Adoptée avec au moins 55\u00a0% des alliés .*4 alliés\. Les alliés indécis ne comptent pas comme soutiens/,
    );
  });

  it('says which members have no figure, with their French names and the agreement', () => {
    const { scenario, rule } = judged('vilnius-2023', 'weighted');
    const sentence = noFigureSentence(rule.rule, scenario.members, french);
    expect(sentence).toMatch(
      /^Islande (n’a|et .* n’ont) aucun chiffre de dépenses de défense dans les données et (compte|comptent) pour 0 sous cette règle/,
    );
    // English as it always was.
    expect(noFigureSentence(rule.rule, scenario.members)).toMatch(/^Iceland/);
  });

  it('labels and states the margins, quantities in French numbers', () => {
    const { scenario, rule, outcome } = judged('vilnius-2023', 'weighted-population');
    const weight = outcome.margins.find((m) => m.id === 'weight');
    if (!weight) throw new Error('no weight margin');
    expect(marginLabel(weight, rule.rule, scenario.memberNoun, french)).toBe(
      'Population des soutiens',
    );
    expect(marginSentence(weight, rule.rule, scenario.memberNoun, french)).toMatch(
      /^Population des soutiens\u00a0: [\d\u202f]+(,\d)? M d’habitants sur [\d\u202f]+(,\d)? M d’habitants \([\d\u202f]+(,\d)? M d’habitants requis\)$/,
    );
    expect(formatQuantity(1_234_567_000, 'population', french)).toBe('1\u202f234,6 M d’habitants');
    expect(formatQuantity(1_234_567_000, 'population')).toBe('1,234.6 m people');
    expect(counted(1, scenario.memberNoun, french)).toBe('1 allié');
    expect(counted(31, scenario.memberNoun, french)).toBe('31 alliés');
  });
});

describe('the comparison of rules in French', () => {
  it('gives each rule a short reason, with the odds in French percentages', () => {
    const blocked = judged('vilnius-2023');
    expect(shortReason(blocked.outcome, blocked.words)).toBe(
      `France s’y oppose (responsable cité)${NB}; Allemagne, dans le sillage de France (selon la presse)`,
    );
    const pending = judged('vilnius-2023', 'unanimity', {
      FR: { position: 'support' },
      DE: { position: 'support' },
    });
    expect(shortReason(pending.outcome, pending.words)).toMatch(/^il faut (Hongrie|\d+ alliés)/);
    expect(pc(withOdds('la règle est remplie', 0.125, french))).toBe(
      `la règle est remplie${NB}; 12,5 % de chances d’adoption`,
    );
    expect(outcomeHeadline('blocked', blocked.outcome.blockers, blocked.words)).toMatch(
      /^Bloquée par France \(responsable cité\)/,
    );
  });
});

describe("the charts' words in French", () => {
  const seat = {
    id: 'FR',
    name: 'France',
    position: 'object',
    blocker: true,
    pivotal: true,
  } as const;
  it('describes seats, a margin and a verdict', () => {
    expect(seatLabel({ ...seat, follows: null } as const, french)).toBe(
      `France${NB}: objection, bloque, pivot. Appuyez sur Entrée pour changer sa position.`,
    );
    expect(
      describeSeats(
        [
          { ...seat, follows: null } as const,
          { ...seat, id: 'DE', name: 'Allemagne', follows: 'France' } as const,
        ],
        french,
      ),
    ).toBe(
      `2 sièges. 0 pour, 0 indécis, 2 contre. Bloquent${NB}: France, Allemagne. Pivots${NB}: France, Allemagne. Suivent${NB}: Allemagne suit France.`,
    );
    expect(
      describeMargin(
        {
          id: 'allies',
          label: 'Alliés favorables',
          have: 29,
          possible: 30,
          total: 31,
          quota: 31,
          met: false,
          unit: 'allies',
        },
        (x) => String(x),
        french,
      ),
    ).toBe(`Alliés favorables${NB}: 29 sur 31 (au mieux 30), 31 requis${NB}: non atteint.`);
    expect(
      describeVerdict(
        {
          ruleId: 'consensus',
          label: 'Consensus du CAN',
          status: 'blocked',
          reason: '',
          current: true,
        },
        french,
      ),
    ).toBe(`Règle Consensus du CAN (règle actuelle)${NB}: bloquée.`);
  });

  it('describes the odds', () => {
    expect(pc(describeObjections([0.6, 0.3, 0.1], french))).toBe(
      `Le plus probable${NB}: 0 objection (60,0 %). Probabilité qu’aucun ne s’oppose${NB}: 60,0 %.`,
    );
    expect(describeObjections([0.6, 0.3, 0.1])).toBe(
      'Most likely: 0 objections (60.0%). Chance that no one objects: 60.0%.',
    );
    expect(
      pc(
        describeTornado(
          [{ id: 'HU', label: 'Hongrie', ifObjects: 0, ifConsents: 0.5 }],
          0.25,
          undefined,
          french,
        ),
      ),
    ).toBe(
      `Probabilité d’adoption${NB}: 25,0 %. Hongrie la fait varier le plus${NB}: 0,0 % s’il s’oppose, 50,0 % s’il consent.`,
    );
  });
});
