// The exercises' words in French: the verdict first ("Correct" or "Pas encore"), then why, with
// French names, plurals and typography; the worksheet's table likewise.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedScenario } from '../../tests/support/catalog';
import type { Exercise } from '../scenario/model';
import { answerSentence, checkResponse, exerciseSetting } from './exercises';
import { exerciseAnswer } from '../scenario/exercises';
import { createWords, type Catalog } from './intl';

const french = createWords(
  'fr',
  JSON.parse(readFileSync(join(import.meta.dirname, 'compiled/fr.json'), 'utf8')) as Catalog,
);
const vilnius = shippedScenario('vilnius-2023');
const exercise = (id: string): Exercise => {
  const e = vilnius.exercises.find((x) => x.id === id);
  if (!e) throw new Error(`no exercise ${id}`);
  return e;
};

describe('the exercises in French', () => {
  it('a right play: Correct, the answer with French names', () => {
    const e = exercise('vilnius-one-change');
    const check = checkResponse(vilnius, e, { FR: { position: 'support' } }, undefined, french);
    expect(check.correct).toBe(true);
    expect(check.words).toMatch(/^Correct\u00a0: elle est adoptée avec 1 changement/);
    expect(check.words).toContain('France');
  });

  it('a wrong one: Pas encore, and why, in the plural where it is', () => {
    const e = exercise('vilnius-one-change');
    const none = checkResponse(vilnius, e, {}, undefined, french);
    expect(none.words).toBe('Pas encore\u00a0: en l’état de la table, elle est bloquée.');
    const two = checkResponse(
      vilnius,
      e,
      { HU: { position: 'object' }, PL: { position: 'object' } },
      undefined,
      french,
    );
    expect(two.words).toBe('Pas encore\u00a0: avec 2 changements, elle est bloquée.');
    const unknown = checkResponse(
      vilnius,
      exercise('vilnius-who-can-veto'),
      ['XX'],
      undefined,
      french,
    );
    expect(unknown.words).toBe(
      'Pas encore\u00a0: «\u00a0XX\u00a0» n’est pas un allié de cette table.',
    );
  });

  it('names allies by their French names in the answer', () => {
    const e = exercise('vilnius-every-yes');
    const answer = exerciseAnswer(vilnius, e);
    if (!answer.ok) throw new Error(answer.error);
    expect(answerSentence(vilnius, answer.value, undefined, french)).toMatch(/^il faut /);
    expect(answerSentence(vilnius, answer.value, undefined, french)).toContain('Allemagne');
  });

  it('names "the rule" or "the rules" as the count says', () => {
    const unsc = shippedScenario('unsc-comparison');
    const e = unsc.exercises.find((x) => x.id === 'unsc-abstaining-permanent');
    if (!e) throw new Error('no exercise unsc-abstaining-permanent');
    const answer = exerciseAnswer(unsc, e);
    if (!answer.ok) throw new Error(answer.error);
    expect(answerSentence(unsc, answer.value, undefined, french)).toMatch(
      /^elle est adoptée selon les règles .+ et .+, et non selon les autres\.$/,
    );
    // One right rule of the two: the other is named as the one it does not pass under.
    const passes = answer.value.kind === 'compare-rules' ? answer.value.passes : [];
    expect(passes).toHaveLength(2);
    const check = checkResponse(unsc, e, [passes[0]!, 'unanimity'], undefined, french);
    expect(check.correct).toBe(false);
    expect(check.words).toMatch(/elle n’est pas adoptée selon la règle Unanimit/);
  });

  it('prints the starting table in French', () => {
    const s = exerciseSetting(vilnius, exercise('vilnius-who-can-veto'), french);
    expect(s?.column).toBe('Alliés');
    expect(s?.rows.map((r) => r.header.replace(/\d+/, 'n'))).toEqual([
      'Soutien (n)',
      'Indécis (n)',
      'Objection (n)',
    ]);
    expect(s?.rows[2]?.names).toBe('Allemagne (suit France), France');
    expect(s?.rules).toMatch(/^Règle de décision\u00a0: /);
  });
});
