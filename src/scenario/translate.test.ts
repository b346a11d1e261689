// A scenario file's French: the validator takes a complete translation and refuses one that
// leaves a text out or names what the file lacks; inLanguage shows it, and only it.
import { describe, expect, it } from 'vitest';
import { shippedCatalog } from '../../tests/support/catalog';
import type { Scenario } from './model';
import { parseScenario } from './parse';
import { scenarioFileOf } from './export';
import {
  addShippedTranslations,
  inLanguage,
  originalOf,
  textLang,
  textLanguageOf,
} from './translate';

/** A small body scenario with every kind of text: notes, a rule, members, exercises, revisions. */
const ENGLISH = `format: 1
id: translated
title: A test case
date: 2023-07-11
question: Does it pass?
summary: A made-up table.
default:
  position: support
  evidence: assumption
  note: Assumed.
allies:
  AA:
    position: object
    evidence: assumption
    note: Objects "on principle".
body:
  name: A body
  member: { one: seat, other: seats }
  members:
    - { id: AA, name: First }
    - { id: BB, name: Second }
rules:
  - id: own-rule
    label: Own rule
    kind: unanimity
    explanation: Every seat says yes.
sources:
  - id: src-a
    title: A source
exercises:
  - id: ex-one
    prompt: Who blocks?
    kind: blockers
    hints: [Look at the objections., Only one.]
    explanation: First does.
  - id: ex-talk
    prompt: Discuss.
    kind: discussion
    notes: For the teacher.
revisions:
  - date: 2026-12-03
    note: Revised.
`;

const FRENCH = `translations:
  fr:
    title: Un cas de test
    question: Est-ce adopté ?
    summary: Une table inventée.
    default: { note: Supposé. }
    allies:
      AA: { note: S’y oppose « par principe » (notre traduction). }
    body:
      name: Un organe
      member: { one: siège, other: sièges }
      members:
        AA: { name: Premier }
        BB: { name: Second }
    rules:
      own-rule: { label: Règle propre, explanation: Chaque siège dit oui. }
    exercises:
      ex-one:
        prompt: Qui bloque ?
        hints: [Regardez les objections., Un seul.]
        explanation: Premier.
      ex-talk: { prompt: Discutez., notes: Pour l’enseignant. }
    revisions:
      - note: Révisé.
`;

const parse = (text: string): Scenario => {
  const r = parseScenario(text);
  if (!r.ok)
    throw new Error(r.problems.map((p) => `${p.line}:${p.column}: ${p.message}`).join('\n'));
  return r.value;
};

/** The problems of a file, as `line:column: message`. */
const problems = (text: string): string[] => {
  const r = parseScenario(text);
  return r.ok ? [] : r.problems.map((p) => `${p.line}:${p.column}: ${p.message}`);
};

/** The line (1-based) of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string): number =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the translations block', () => {
  it('takes a complete translation and keeps it on the scenario', () => {
    const s = parse(ENGLISH + FRENCH);
    expect(s.title).toBe('A test case');
    expect(s.translations?.fr?.title).toBe('Un cas de test');
  });

  /** [what is wrong, the French block changed, the line it points at, the words of the message] */
  const refused: [string, (fr: string) => string, string, RegExp][] = [
    [
      'a missing ally note',
      (fr) => fr.replace(/ {4}allies:\n.*\n/, ''),
      '  fr:',
      /^translations\.fr\.allies: missing the note of AA, which the scenario has$/,
    ],
    [
      'an ally the file does not list',
      (fr) => fr.replace('      AA: { note', '      ZZ: { note: Inconnu. }\n      AA: { note'),
      'ZZ: { note',
      /^translations\.fr\.allies\.ZZ: ZZ is not among the scenario's allies$/,
    ],
    [
      'a missing summary',
      (fr) => fr.replace(/ {4}summary:.*\n/, ''),
      '  fr:',
      /^translations\.fr: missing summary, which the scenario has$/,
    ],
    [
      'a rule the file does not define',
      (fr) => fr.replace('own-rule:', 'other-rule:'),
      'other-rule:',
      /translations\.fr\.rules\.other-rule: the scenario has no rule "other-rule" of its own$/,
    ],
    [
      'a rule left out',
      (fr) => fr.replace('own-rule:', 'other-rule:'),
      '    rules:',
      /^translations\.fr\.rules: missing rule "own-rule", which the scenario has$/,
    ],
    [
      'an exercise the file lacks',
      (fr) => fr.replace('ex-talk:', 'ex-gone:'),
      'ex-gone:',
      /^translations\.fr\.exercises\.ex-gone: the scenario has no exercise "ex-gone"$/,
    ],
    [
      'a hint left out',
      (fr) => fr.replace('[Regardez les objections., Un seul.]', '[Regardez les objections.]'),
      'hints: [Regardez',
      /^translations\.fr\.exercises\.ex-one\.hints: 1 hint for the scenario's 2; translate each, in the same order$/,
    ],
    [
      'notes the exercise does not have',
      (fr) => fr.replace('explanation: Premier.', 'explanation: Premier.\n        notes: En trop.'),
      'notes: En trop.',
      /^translations\.fr\.exercises\.ex-one\.notes: the scenario has no notes to translate$/,
    ],
    [
      'a member the body lacks',
      (fr) =>
        fr.replace('BB: { name: Second }', 'BB: { name: Second }\n        CC: { name: Tiers }'),
      'CC: { name',
      /^translations\.fr\.body\.members\.CC: CC is not a member of the scenario's body$/,
    ],
    [
      'the body noun left out',
      (fr) => fr.replace(/ {6}member: .*\n/, ''),
      '    body:',
      /^translations\.fr\.body: missing member, which the scenario has$/,
    ],
    [
      'a revision note left out',
      (fr) => fr.replace(/ {4}revisions:\n.*\n/, ''),
      '  fr:',
      /^translations\.fr\.revisions: 0 revision notes for the scenario's 1; translate each, in the same order$/,
    ],
    [
      'a language the simulator does not speak',
      (fr) => fr.replace('  fr:', '  de:'),
      '  de:',
      /^unknown key "de" in translations$/,
    ],
  ];

  it.each(refused)('refuses %s, where it is, naming the path', (_, change, at, message) => {
    const text = ENGLISH + change(FRENCH);
    const found = problems(text);
    const line = lineOf(text, at);
    expect(line).toBeGreaterThan(0);
    expect(
      found.some((p) => p.startsWith(`${line}:`) && message.test(p.replace(/^\d+:\d+: /, ''))),
    ).toBe(true);
  });
});

describe('inLanguage', () => {
  const english = parse(ENGLISH + FRENCH);
  const untranslated = parse(ENGLISH);
  const french = inLanguage(english, 'fr');

  it.each([
    ['English, translated file', english, 'en', english, true],
    ['English, untranslated file', untranslated, 'en', untranslated, true],
    ['French, untranslated file', untranslated, 'fr', untranslated, false],
  ] as const)('%s: the scenario unchanged', (_, scenario, language, expected, translated) => {
    const r = inLanguage(scenario, language);
    expect(r.scenario).toBe(expected);
    expect(r.translated).toBe(translated);
    expect(textLanguageOf(r.scenario)).toBe('en');
  });

  const s = french.scenario;
  it.each([
    ['title', s.title, 'Un cas de test'],
    ['question', s.question, 'Est-ce adopté ?'],
    ['summary', s.summary, 'Une table inventée.'],
    ['body', s.bodyName, 'Un organe'],
    ['noun', s.memberNoun.other, 'sièges'],
    ['member', s.members[1]?.name, 'Second'],
    ['member', s.members[0]?.name, 'Premier'],
    ['listed note', s.stances[0]?.note, 'S’y oppose « par principe » (notre traduction).'],
    ['default note', s.stances[1]?.note, 'Supposé.'],
    ['rule label', s.rules.find((r) => r.id === 'own-rule')?.authored?.label, 'Règle propre'],
    [
      'rule explanation',
      s.rules.find((r) => r.id === 'own-rule')?.authored?.explanation,
      'Chaque siège dit oui.',
    ],
    ['prompt', s.exercises[0]?.prompt, 'Qui bloque ?'],
    ['hints', s.exercises[0]?.hints.join(' | '), 'Regardez les objections. | Un seul.'],
    ['explanation', s.exercises[0]?.explanation, 'Premier.'],
    [
      'notes',
      s.exercises[1]?.kind === 'discussion' ? s.exercises[1].notes : null,
      'Pour l’enseignant.',
    ],
    ['revision', s.revisions[0]?.note, 'Révisé.'],
  ])('French: the %s', (_, got, expected) => {
    expect(french.translated).toBe(true);
    expect(got).toBe(expected);
  });

  it('leaves everything but the texts as it was: ids, positions, rules, sources, dates', () => {
    const strip = (x: Scenario) => ({
      ...x,
      title: '',
      question: '',
      summary: '',
      bodyName: '',
      memberNoun: null,
      members: x.members.map((m) => ({ ...m, name: '' })),
      stances: x.stances.map((st) => ({ ...st, note: '' })),
      rules: x.rules.map((r) => ({ ...r, authored: null })),
      revisions: x.revisions.map((r) => ({ ...r, note: '' })),
      exercises: x.exercises.map((e) => ({
        ...e,
        prompt: '',
        hints: [],
        explanation: '',
        ...(e.kind === 'discussion' ? { notes: '' } : {}),
      })),
    });
    expect(strip(s)).toEqual(strip(english));
    expect(s.sources).toBe(english.sources);
    expect(s.rules.find((r) => r.id === 'consensus')).toBe(
      english.rules.find((r) => r.id === 'consensus'),
    );
  });

  it('a shipped scenario whose translations load later (the build splits them) shows them then', () => {
    const { translations, ...bare } = parse(ENGLISH.replace('id: translated', 'id: late') + FRENCH);
    expect(inLanguage(bare, 'fr')).toEqual({ scenario: bare, translated: false });
    addShippedTranslations({ late: translations! });
    expect(inLanguage(bare, 'fr').scenario.title).toBe('Un cas de test');
    // And an export of the table carries them, as the file does.
    expect(scenarioFileOf(bare).translations).toEqual(translations);
  });

  it('gives the same object each time, and its original back', () => {
    expect(inLanguage(english, 'fr').scenario).toBe(s);
    expect(originalOf(s)).toBe(english);
    expect(originalOf(english)).toBe(english);
    expect(inLanguage(s, 'en').scenario).toBe(english);
    expect(textLanguageOf(s)).toBe('fr');
  });

  it.each([
    ['French text, French page', s, 'fr', undefined, undefined],
    ['English text, French page', untranslated, 'fr', undefined, 'en'],
    ['English text, English page', english, 'en', undefined, undefined],
    ['French text inside an English panel', s, 'fr', 'en', 'fr'],
    ['English text inside an English panel', untranslated, 'fr', 'en', undefined],
  ] as const)('lang to mark: %s', (_, scenario, page, within, expected) => {
    expect(textLang(scenario, page, within)).toBe(expected);
  });
});

describe('the shipped scenarios', () => {
  const catalog = shippedCatalog();
  // (The validator has checked each translation is complete: a file either has one or not.)
  it.each(catalog.map((x) => [x.id, x] as const))(
    '%s has a complete French translation',
    (_, x) => {
      expect(x.translations?.fr).toBeDefined();
      expect(inLanguage(x, 'fr').translated).toBe(true);
    },
  );

  /** Every text of a scenario as shown in a language, with where it is. */
  const texts = (x: Scenario): [string, string][] => [
    ['title', x.title],
    ['question', x.question],
    ['summary', x.summary],
    ['body', x.bodyName],
    ...x.stances.map((st): [string, string] => [`note of ${st.id}`, st.note]),
    ...x.rules.flatMap((r): [string, string][] =>
      r.authored ? [[`rule ${r.id}`, `${r.authored.label} ${r.authored.explanation}`]] : [],
    ),
    ...x.exercises.map((e): [string, string] => [
      `exercise ${e.id}`,
      [
        e.prompt,
        ...e.hints,
        e.explanation ?? '',
        e.kind === 'discussion' ? (e.notes ?? '') : '',
      ].join(' '),
    ]),
    ...x.revisions.map((r, i): [string, string] => [`revision ${i + 1}`, r.note]),
  ];

  it.each(catalog.map((x) => [x.id, x] as const))(
    '%s: French typography, and an official quoted in English is our translation in French',
    (_, x) => {
      const fr = texts(inLanguage(x, 'fr').scenario);
      texts(x).forEach(([where, english], k) => {
        const french = fr[k]?.[1] ?? '';
        // A no-break space before : ; ? ! and inside « », as the app's French catalog writes.
        expect(french, where).not.toMatch(/ [:;?!»]|« |"|'/);
        if (/"[^"]+"/.test(english) && !/^rule /.test(where))
          expect(french, where).toMatch(
            /«\u00a0[^»]+\u00a0» \((notre traduction|nos traductions)\)/,
          );
      });
    },
  );
});
