/**
 * Scenario file format, version 1: the zod schema is the single definition. The JSON Schema that
 * editors use (scenarios/scenario.schema.json) is generated from it (npm run schema).
 */
import * as z from 'zod';
import { TRANSLATED_LANGUAGES, type TranslatedLanguage } from './languages';
import { MAX_BODY_MEMBERS } from './limits';

export { TRANSLATED_LANGUAGES, type TranslatedLanguage };

// No generated code: zod's fast path builds functions from strings (`new Function`), which the
// app's Content-Security-Policy (Trusted Types, no eval) forbids and reports. Files are small.
z.config({ jitless: true });

export const FORMAT_VERSION = 1;

const code = z
  .string()
  .regex(/^[A-Z][A-Z0-9]{1,7}$/, 'an ally code is 2 to 8 capital letters or digits, e.g. FR')
  .describe('Ally code: ISO 3166-1 alpha-2 for NATO allies (FR, DE, US, GB...)');

const identifier = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,63}$/,
    'an id is lower-case letters, digits and hyphens, e.g. ft-2023-06-05',
  );

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'not a real calendar date',
  );

export const position = z
  .enum(['support', 'undecided', 'object'])
  .describe('support; undecided (does not block under consensus); object (breaks silence, blocks)');

export const evidence = z
  .enum(['official', 'named-official', 'anonymous', 'inference', 'assumption'])
  .describe(
    'official: on-record statement or text; named-official: a named person, as reported; anonymous: an unnamed official or diplomat; inference: an analyst or journalist reading; assumption: no reporting found',
  );

const probability = z
  .number()
  .min(0, 'p is a probability from 0 to 1')
  .max(1, 'p is a probability from 0 to 1');

const stanceFields = {
  position,
  evidence,
  note: z
    .string()
    .trim()
    .min(1, 'write a short note in your own words')
    .max(2000)
    .describe('Why this stance: a short note in your own words'),
  sources: z.array(identifier).max(50).optional().describe('Ids from the sources list'),
  p: probability.optional().describe('Chance of consent when undecided (default 0.5)'),
};

export const stance = z
  .strictObject({
    ...stanceFields,
    follows: code
      .optional()
      .describe("Takes this ally's position unless set directly (e.g. DE follows FR)"),
  })
  .describe("One ally's stance with its evidence");

export const defaultStance = z
  .strictObject(stanceFields)
  .describe('The stance of every ally not listed; stated as such in the UI');

export const source = z
  .strictObject({
    id: identifier,
    title: z.string().trim().min(1).max(500),
    publisher: z.string().trim().min(1).max(200).optional(),
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a source date is YYYY, YYYY-MM or YYYY-MM-DD')
      .optional(),
    url: z
      .string()
      .regex(/^https?:\/\/\S+$/, 'a url starts with http:// or https://')
      .max(2000)
      .optional(),
    seed: z
      .string()
      .max(200)
      .optional()
      .describe('The project seed document this comes from, if any'),
    grade: evidence.optional().describe('Evidence grade of the source itself, if uniform'),
  })
  .describe('A document the stances cite');

const quota = z.union([
  z.strictObject({
    share: z
      .tuple([z.int().min(0), z.int().min(1)])
      .describe('[numerator, denominator] of the total'),
    strict: z.boolean().optional().describe('true: more than the share; false or absent: at least'),
  }),
  z.strictObject({ atLeast: z.number().min(0).describe('An absolute quota') }),
]);

const ruleMeta = {
  id: identifier,
  label: z.string().trim().min(1).max(80),
  explanation: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .describe('One sentence, including how undecided members count'),
};

export const customRule = z.discriminatedUnion('kind', [
  z.strictObject({ ...ruleMeta, kind: z.literal('consensus') }),
  z.strictObject({ ...ruleMeta, kind: z.literal('unanimity') }),
  z.strictObject({ ...ruleMeta, kind: z.literal('majority') }),
  z.strictObject({ ...ruleMeta, kind: z.literal('two-thirds') }),
  z.strictObject({
    ...ruleMeta,
    kind: z.literal('qmv'),
    members: quota,
    weight: z.string().min(1),
    weightQuota: quota,
    blockingMinority: z.int().min(0),
  }),
  z.strictObject({ ...ruleMeta, kind: z.literal('weighted'), weight: z.string().min(1), quota }),
  z.strictObject({
    ...ruleMeta,
    kind: z.literal('veto-players'),
    vetoes: z.array(code).min(1),
    members: quota,
    undecidedVeto: z
      .enum(['pending', 'abstains'])
      .optional()
      .describe(
        'An undecided veto player: pending (default; the outcome waits for its yes) or abstains (neither blocks nor counts, as at the UN Security Council)',
      ),
  }),
]);

export const bodyMember = z.strictObject({
  id: code,
  name: z.string().trim().min(1).max(100),
  weights: z
    .record(
      z
        .string()
        .regex(/^[a-z][a-z0-9-]*$/, 'a weight name is lower-case letters, digits and hyphens'),
      z.int().min(0),
    )
    .optional(),
});

export const body = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    member: z
      .strictObject({
        one: z.string().trim().min(1).max(40),
        other: z.string().trim().min(1).max(40),
      })
      .optional()
      .describe('What the body calls one seat and several (default: member, members)'),
    members: z.array(bodyMember).min(1).max(MAX_BODY_MEMBERS),
  })
  .describe('A custom deciding body, for comparison (e.g. the UN Security Council); omit for NATO');

/** A table state to ask about: changes by ally code, the same shape as a share link's. */
const tableChanges = z
  .record(
    code,
    z.strictObject({
      position: position.optional(),
      p: probability.optional().describe('Chance of consent when undecided'),
    }),
  )
  .describe("Changes to the scenario's table, by ally code: { FR: { position: support } }");

const ruleId = z.string().min(1).describe('A rule id: a built-in rule or one of `rules`');
const optionalRule = ruleId.optional().describe("A rule id; default: the scenario's default rule");

const exerciseMeta = {
  id: identifier.describe('Stable id, used by hand-in links: give a changed exercise a new id'),
  prompt: z.string().trim().min(1).max(1000).describe("The question, in the author's words"),
  hints: z.array(z.string().trim().min(1).max(500)).max(10).optional(),
  explanation: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .optional()
    .describe('Shown once the answer is revealed'),
  sources: z.array(identifier).max(50).optional().describe('Ids from the sources list'),
};

export const exercise = z
  .discriminatedUnion('kind', [
    z.strictObject({
      ...exerciseMeta,
      kind: z.literal('fewest-changes'),
      goal: z.enum(['pass', 'block']),
      rule: optionalRule,
      fixed: z.array(code).max(250).optional().describe('Allies that may not change'),
    }),
    ...(['pivotal', 'blockers', 'still-needed'] as const).map((kind) =>
      z.strictObject({
        ...exerciseMeta,
        kind: z.literal(kind),
        rule: optionalRule,
        changes: tableChanges.optional(),
      }),
    ),
    z.strictObject({ ...exerciseMeta, kind: z.literal('veto-players'), rule: ruleId }),
    z.strictObject({
      ...exerciseMeta,
      kind: z.literal('probability'),
      rule: optionalRule,
      chances: z
        .record(code, probability)
        .optional()
        .describe("Chance of consent by ally code; default: the scenario's"),
      tolerance: z
        .number()
        .gt(0, 'a tolerance is more than 0')
        .max(0.5)
        .optional()
        .describe('How far an answer may be from the probability (absolute; default 0.01)'),
    }),
    z.strictObject({
      ...exerciseMeta,
      kind: z.literal('power'),
      rule: ruleId,
      index: z.enum(['banzhaf', 'shapley-shubik']),
      ask: z.enum(['most-powerful', 'ranking']),
    }),
    z.strictObject({
      ...exerciseMeta,
      kind: z.literal('compare-rules'),
      rules: z.array(ruleId).min(2).max(20),
      changes: tableChanges.optional(),
    }),
    z.strictObject({
      ...exerciseMeta,
      kind: z.literal('discussion'),
      notes: z
        .string()
        .trim()
        .min(1)
        .max(4000)
        .optional()
        .describe('For the teacher, shown on reveal'),
    }),
  ])
  .describe('A guided exercise; the engine computes its answer from the table');

const note = (max: number) => z.strictObject({ note: z.string().trim().min(1).max(max) });

/**
 * A scenario's texts in another language. Complete or absent: it gives every text the scenario
 * has and names nothing it lacks (parse.ts checks both), so a page is never half translated.
 * Only prose: ids, codes, dates, numbers and sources (citations) stay as the file has them.
 */
export const translation = z
  .strictObject({
    title: z.string().trim().min(1).max(200),
    question: z.string().trim().min(1).max(500),
    summary: z.string().trim().min(1).max(4000).optional(),
    default: note(2000),
    allies: z.record(code, note(2000)).optional().describe("Each listed ally's note, by code"),
    rules: z
      .record(
        identifier,
        z.strictObject({
          label: z.string().trim().min(1).max(80),
          explanation: z.string().trim().min(1).max(500),
        }),
      )
      .optional()
      .describe("Each of the file's own rules, by id"),
    body: z
      .strictObject({
        name: z.string().trim().min(1).max(200),
        member: z
          .strictObject({
            one: z.string().trim().min(1).max(40),
            other: z.string().trim().min(1).max(40),
          })
          .optional(),
        members: z
          .record(code, z.strictObject({ name: z.string().trim().min(1).max(100) }))
          .describe("Each member's name, by code"),
      })
      .optional(),
    exercises: z
      .record(
        identifier,
        z.strictObject({
          prompt: z.string().trim().min(1).max(1000),
          hints: z.array(z.string().trim().min(1).max(500)).max(10).optional(),
          explanation: z.string().trim().min(1).max(2000).optional(),
          notes: z.string().trim().min(1).max(4000).optional(),
        }),
      )
      .optional()
      .describe('Each exercise, by id: its hints in the same order'),
    revisions: z
      .array(note(1000))
      .max(100)
      .optional()
      .describe('Each revision note, in the same order as `revisions`'),
  })
  .describe('The scenario in another language: every text it has, nothing it lacks');

export const scenarioFile = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(FORMAT_VERSION).describe('Scenario format version'),
    id: identifier.describe('Stable id, used in share links'),
    title: z.string().trim().min(1).max(200),
    date: isoDate.describe('The day the snapshot describes; sets who sits at the NATO table'),
    question: z.string().trim().min(1).max(500),
    summary: z.string().trim().max(4000).optional(),
    rule: z
      .string()
      .min(1)
      .optional()
      .describe('Default rule id: a built-in rule or one of `rules`'),
    default: defaultStance,
    allies: z.record(code, stance).optional().describe('Stances by ally code'),
    sources: z.array(source).min(1),
    rules: z.array(customRule).optional(),
    body: body.optional(),
    exercises: z
      .array(exercise)
      .max(100)
      .optional()
      .describe('Guided exercises on this table; the engine computes every answer'),
    revisions: z
      .array(
        z.strictObject({
          date: isoDate,
          note: z
            .string()
            .trim()
            .min(1)
            .max(1000)
            .describe('What changed, in a sentence or two (positions, evidence, rules)'),
        }),
      )
      .max(100)
      .optional()
      .describe(
        'Revisions since the scenario was first shipped, oldest first; share links made on an earlier revision say the scenario was revised since',
      ),
    translations: z
      .strictObject({ fr: translation.optional() })
      .optional()
      .describe(
        "The scenario's texts in the simulator's other languages, by language (fr); each complete",
      ),
  })
  .describe('A dated snapshot of a question at the North Atlantic Council (or a custom body)');

export type ScenarioFile = z.infer<typeof scenarioFile>;
export type CustomRule = z.infer<typeof customRule>;
export type ExerciseEntry = z.infer<typeof exercise>;
export type Evidence = z.infer<typeof evidence>;
export type SourceEntry = z.infer<typeof source>;
export type ScenarioTranslation = z.infer<typeof translation>;

/** The JSON Schema for editors, generated from the validator (input side: what a file may say). */
export function scenarioJsonSchema(): unknown {
  return {
    ...(z.toJSONSchema(scenarioFile, { io: 'input' }) as object),
    $id: 'https://nac-consensus-simulator/scenario.schema.json',
    title: 'NAC consensus simulator scenario (format 1)',
  };
}
