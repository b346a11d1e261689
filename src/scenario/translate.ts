/**
 * A scenario as a page in a given language shows it: its texts from the file's translation into
 * that language, when the file has one. Everything else (ids, codes, rules, sources, revisions'
 * count) stays the same object or value, so links, judgements and exports are unchanged; only the
 * file's own scenario (never one from here) is written back to a file or carried by a link.
 */
import type { RuleDef } from '../engine/rules';
import type { Exercise, Scenario, ScenarioTranslation } from './model';
import {
  TRANSLATED_LANGUAGES,
  type ScenarioLanguage as Language,
  type TranslatedLanguage,
} from './languages';

const isTranslated = (language: Language): language is TranslatedLanguage =>
  (TRANSLATED_LANGUAGES as readonly string[]).includes(language);

/** A scenario to show, and whether its texts are in the language asked for. */
export interface InLanguage {
  readonly scenario: Scenario;
  /** False when the file has no translation into the language (its texts stay English). */
  readonly translated: boolean;
}

/** The language a scenario's texts are in: translated ones are tagged as they are made. */
const textLanguages = new WeakMap<Scenario, Language>();

/** The language of a scenario's texts: 'en' for a file's own scenario. */
export const textLanguageOf = (scenario: Scenario): Language => textLanguages.get(scenario) ?? 'en';

/**
 * The `lang` attribute for a scenario's text on a page in `page`: none where the text is in the
 * page's language, else the text's own (an imported file without French stays English, marked).
 * `within` is the language an enclosing element already declares, when that differs from the
 * page's (a panel still marked English): the text then says its own.
 */
export function textLang(
  scenario: Scenario,
  page: Language,
  within: Language = page,
): Language | undefined {
  const own = textLanguageOf(scenario);
  return own === within ? undefined : own;
}

type Translations = NonNullable<Scenario['translations']>;

/** The shipped scenarios' translations, by id: the build leaves them out of the first visit. */
const shipped = new Map<string, Translations>();

/**
 * Adds the shipped scenarios' translations (src/app/language.ts loads them with a language's
 * catalog). By id: an imported file never has a shipped id (the store renames it).
 */
export function addShippedTranslations(byId: Readonly<Record<string, Translations>>): void {
  for (const [id, t] of Object.entries(byId)) shipped.set(id, t);
}

/** A scenario's translations: its file's own, or a shipped scenario's once loaded. */
export const translationsOf = (scenario: Scenario): Translations | undefined =>
  scenario.translations ?? shipped.get(scenario.id);

/** Translated scenarios by original, then language: the same object every time it is asked for. */
const made = new WeakMap<Scenario, Map<TranslatedLanguage, Scenario>>();
/** Each translated scenario's original. */
const originals = new WeakMap<Scenario, Scenario>();

/** The file's own scenario of one shown in a language (itself if it is one): what files and links carry. */
export const originalOf = (scenario: Scenario): Scenario => originals.get(scenario) ?? scenario;

/**
 * The scenario with its texts in `language`: unchanged for English or where the file has no
 * translation into it. Memoised: the same scenario and language give the same object, so
 * everything cached on a scenario (judgements, words) is made once per language.
 */
export function inLanguage(shown: Scenario, language: Language): InLanguage {
  const scenario = originalOf(shown);
  if (!isTranslated(language)) return { scenario, translated: language === 'en' };
  const t = translationsOf(scenario)?.[language];
  if (!t) return { scenario, translated: false };
  let byLanguage = made.get(scenario);
  if (!byLanguage) {
    byLanguage = new Map();
    made.set(scenario, byLanguage);
  }
  let text = byLanguage.get(language);
  if (!text) {
    text = translated(scenario, t);
    textLanguages.set(text, language);
    originals.set(text, scenario);
    byLanguage.set(language, text);
  }
  return { scenario: text, translated: true };
}

/** The scenario's texts replaced by a (complete, validated) translation's. */
function translated(s: Scenario, t: ScenarioTranslation): Scenario {
  const members = t.body
    ? s.members.map((m) => ({ ...m, name: t.body?.members[m.id]?.name ?? m.name }))
    : s.members;
  return {
    ...s,
    title: t.title,
    question: t.question,
    summary: t.summary ?? s.summary,
    bodyName: t.body?.name ?? s.bodyName,
    memberNoun: t.body?.member ? { ...t.body.member } : s.memberNoun,
    members,
    stances: s.stances.map((st) => ({
      ...st,
      note: (st.assumed ? t.default.note : t.allies?.[st.id]?.note) ?? st.note,
    })),
    rules: s.rules.map((r) => translatedRule(r, t)),
    revisions: s.revisions.map((r, i) => ({ ...r, note: t.revisions?.[i]?.note ?? r.note })),
    exercises: s.exercises.map((e) => translatedExercise(e, t)),
  };
}

function translatedRule(r: RuleDef, t: ScenarioTranslation): RuleDef {
  const own = t.rules?.[r.id];
  // Built-in rules carry no author's words: the words modules put them in the page's language.
  return own && r.authored ? { ...r, authored: { ...own } } : r;
}

function translatedExercise(e: Exercise, t: ScenarioTranslation): Exercise {
  const own = t.exercises?.[e.id];
  if (!own) return e;
  const text = {
    prompt: own.prompt,
    hints: e.hints.map((h, i) => own.hints?.[i] ?? h),
    explanation: e.explanation === null ? null : (own.explanation ?? e.explanation),
  };
  return e.kind === 'discussion'
    ? { ...e, ...text, notes: e.notes === null ? null : (own.notes ?? e.notes) }
    : { ...e, ...text };
}
