/**
 * Share links: the table's state in the URL fragment, versioned, short and readable.
 *
 *   #1/vilnius-2023/consensus/FR=s,HU=u@0.35,US=@0.9
 *    | |             |         `- the user's changes: ally=position (s, u, o) and/or @p
 *    | |             `- decision rule id
 *    | `- scenario id
 *    `- link format version
 *
 * A readable text form rather than a compressed one (lz-string): for a shipped scenario it is
 * already short (under 300 characters), and people can read what a link will open.
 *
 * Format 2 is the same table plus a copy of the scenario itself, for scenarios that were imported
 * (the person who opens the link does not have the file):
 *
 *   #2/my-scenario/consensus/FR=s/N4IgLgpgJiBcIBUCWBnAFg...
 *    |  `- as in format 1       `- the scenario file (compact JSON), lz-string
 *    |                             compressToEncodedURIComponent (A-Z a-z 0-9 + - $, never "/")
 *    `- link format version
 *
 * The app writes format 2 only when the whole address stays within MAX_SHARE_LINK characters,
 * and format 1 otherwise (and for shipped scenarios, always). The carried copy is validated like
 * any scenario file before it is used (the app does that: it needs the lazy parser).
 *
 * Format 3 is format 1 plus a segment of options, `key=value` pairs joined by commas, so that
 * optional fields extend one versioned format instead of inventing new ones:
 *
 *   #3/vilnius-2023/consensus/FR=s/r=2
 *                                  `- options: r = the scenario's revision the link was made on
 *
 * A link made on a revised shipped scenario carries its revision (format 3), so that opening it
 * after a later revision can say so; format 1 means revision 1 (every link made before revisions
 * existed). Options this version does not know are skipped, so that a later version's optional
 * field never breaks a link here. A scenario carried in the link needs no revision (format 2).
 *
 * The options known so far:
 *
 *   r=2          the scenario's revision the link was made on (format 3 only; absent: 1)
 *   present=1    open in presenter mode (a lesson's slides, a course page). Full screen still
 *                needs the viewer's click: browsers refuse it without one. present=0, or no
 *                option, opens the editing view.
 *
 *   hand=N4Ig…   a student's handed-in answers to the scenario's exercises: JSON (exercise id ->
 *                response), lz-string compressToEncodedURIComponent. Opening the link checks
 *                them again with the engine: a link can carry answers, never a result. Only the
 *                Hand in link has it; ordinary links carry no progress or answers.
 *
 *   lang=fr      the language the link opens in (the Language control's choice). English, the
 *                default, writes nothing, so English links stay as they were; a language this
 *                version does not speak is skipped (the reader's own choice then applies).
 *
 *   #3/vilnius-2023/consensus/FR=s/r=2,present=1
 *   #3/vilnius-2023/consensus//present=1           (revision 1: no r)
 *
 * A link that carries its scenario (format 2) may end with the same options segment, after the
 * copy (whose characters never include "/"): `#2/my-scenario/consensus/FR=s/N4Ig.../present=1`.
 * Four segments after the version, as before, is a format-2 link without options; an `r` there
 * is skipped (the copy is the scenario). Links of this shape are read from this version on; an
 * older version calls them damaged, so the app writes it only for a presenter link.
 *
 * Every released version decodes forever (golden links: tests/fixtures/links/). Decoding is total:
 * any string gives a LinkState or a typed LinkError, never a throw.
 */
// lz-string is CommonJS: its default export works in Node (the command line) and in Vite alike.
import LZString from 'lz-string';
import type { Position } from '../engine/types';
import { MAX_SCENARIO_BYTES } from './limits';

/** The newest link format this version reads. */
export const LINK_VERSION = 3;
/** Longest share address (origin and all) that may carry a scenario: mail and chat keep it whole. */
export const MAX_SHARE_LINK = 2000;

export interface AllyChange {
  readonly position?: Position;
  readonly p?: number;
}

export interface LinkState {
  readonly scenario: string;
  readonly rule: string;
  /** The user's changes by ally code, in table order. */
  readonly changes: Readonly<Record<string, AllyChange>>;
  /** Format 2: the text of the scenario file the link carries (not yet validated). */
  readonly embedded?: string;
  /**
   * The revision of the (shipped) scenario the link was made on; absent means revision 1. Only
   * links to a scenario they do not carry have one.
   */
  readonly revision?: number;
  /** Opens in presenter mode (option `present=1`); absent means the editing view. */
  readonly present?: boolean;
  /** Handed-in answers (option `hand`), as the link carries them: see decodeHandIn. */
  readonly handIn?: string;
  /** The language the link opens in (option `lang`); absent: the reader's own choice. */
  readonly lang?: LinkLanguage;
}

/** The languages a link may name (English is written as no option at all). */
export const LINK_LANGUAGES = ['en', 'fr'] as const;
export type LinkLanguage = (typeof LINK_LANGUAGES)[number];

export type LinkError =
  | { readonly kind: 'empty' }
  | { readonly kind: 'newer-version'; readonly version: number }
  | { readonly kind: 'unknown-version'; readonly version: string }
  | { readonly kind: 'malformed'; readonly detail: string }
  | { readonly kind: 'unknown-scenario'; readonly scenario: string }
  | { readonly kind: 'unknown-rule'; readonly rule: string; readonly scenario: string }
  | { readonly kind: 'unknown-ally'; readonly ally: string; readonly scenario: string };

export type Decoded = { ok: true; state: LinkState } | { ok: false; error: LinkError };

const CODE = /^[A-Z][A-Z0-9]{1,7}$/;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const LETTER: Record<Position, string> = { support: 's', undecided: 'u', object: 'o' };
const FROM_LETTER: Record<string, Position> = { s: 'support', u: 'undecided', o: 'object' };
/** Longest fragment we try to read: shipped-scenario links are a few hundred characters. */
const MAX_LINK_LENGTH = 4000;

/** p with at most three decimals, without trailing zeros: 0.35, 1, 0.125. */
const formatP = (p: number) => String(Math.round(p * 1000) / 1000);

/** The last scenario compressed: the address bar is rewritten on every change of the table. */
let packed: { text: string; payload: string } | null = null;
const pack = (text: string) => {
  if (packed?.text !== text)
    packed = { text, payload: LZString.compressToEncodedURIComponent(text) };
  return packed.payload;
};

export function encodeLink(state: LinkState): string {
  const changes = Object.entries(state.changes)
    .filter(([, c]) => c.position !== undefined || c.p !== undefined)
    .map(
      ([id, c]) =>
        `${id}=${c.position ? LETTER[c.position] : ''}${c.p !== undefined ? `@${formatP(c.p)}` : ''}`,
    )
    .join(',');
  const table = `${state.scenario}/${state.rule}/${changes}`;
  const present = [
    ...(state.present === true ? ['present=1'] : []),
    ...(state.lang !== undefined && state.lang !== 'en' ? [`lang=${state.lang}`] : []),
    ...(state.handIn !== undefined ? [`hand=${state.handIn}`] : []),
  ];
  if (state.embedded !== undefined)
    return `2/${table}/${pack(state.embedded)}${present.length > 0 ? `/${present.join(',')}` : ''}`;
  // Revision 1 keeps the shortest, oldest form: format 1 means revision 1.
  const options = [
    ...(state.revision !== undefined && state.revision > 1 ? [`r=${state.revision}`] : []),
    ...present,
  ];
  return options.length > 0 ? `3/${table}/${options.join(',')}` : `1/${table}`;
}

/** Describes a link error for people: what is wrong with the link. */
export function describeLinkError(e: LinkError): string {
  switch (e.kind) {
    case 'empty':
      return 'The link is empty.';
    case 'newer-version':
      return `The link was made by a newer version of the simulator (link format ${e.version}); this one reads formats up to ${LINK_VERSION}.`;
    case 'unknown-version':
      return `The link's format "${e.version}" is not one this simulator knows.`;
    case 'malformed':
      return `The link is damaged: ${e.detail}.`;
    case 'unknown-scenario':
      return `The link names a scenario this simulator does not have ("${e.scenario}").`;
    case 'unknown-rule':
      return `The link names a decision rule ("${e.rule}") that scenario "${e.scenario}" does not offer.`;
    case 'unknown-ally':
      return `The link changes ${e.ally}, who is not at the table in scenario "${e.scenario}".`;
  }
}

/** Checks a decoded link against the scenarios on offer: the scenario, its rule and its allies. */
export function checkLink(
  state: LinkState,
  scenarios: readonly {
    id: string;
    rules: readonly { id: string }[];
    members: readonly { id: string }[];
  }[],
): LinkError | null {
  const scenario = scenarios.find((s) => s.id === state.scenario);
  if (!scenario) return { kind: 'unknown-scenario', scenario: state.scenario };
  if (!scenario.rules.some((r) => r.id === state.rule))
    return { kind: 'unknown-rule', rule: state.rule, scenario: scenario.id };
  const ally = Object.keys(state.changes).find((id) => !scenario.members.some((m) => m.id === id));
  return ally ? { kind: 'unknown-ally', ally, scenario: scenario.id } : null;
}

const malformed = (detail: string): Decoded => ({
  ok: false,
  error: { kind: 'malformed', detail },
});

/** Decodes a fragment (with or without the leading #). Total: never throws. */
export function decodeLink(fragment: string): Decoded {
  let text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length > MAX_LINK_LENGTH) return malformed('it is too long');
  try {
    text = decodeURIComponent(text);
  } catch {
    return malformed('it contains broken %-escapes');
  }
  if (text.trim() === '') return { ok: false, error: { kind: 'empty' } };
  const parts = text.split('/');
  const version = parts[0] ?? '';
  if (!/^\d{1,6}$/.test(version))
    return { ok: false, error: { kind: 'unknown-version', version: version.slice(0, 20) } };
  const v = Number(version);
  if (v > LINK_VERSION) return { ok: false, error: { kind: 'newer-version', version: v } };
  if (v === 1) return decodeV1(parts.slice(1));
  if (v === 2) return decodeV2(parts.slice(1));
  if (v === 3) return decodeV3(parts.slice(1));
  return { ok: false, error: { kind: 'unknown-version', version } };
}

function decodeV2(parts: readonly string[]): Decoded {
  if (parts.length !== 4 && parts.length !== 5)
    return malformed('it should hold a scenario, a rule, changes and a copy of the scenario');
  const table = decodeV1(parts.slice(0, 3));
  if (!table.ok) return table;
  const payload = parts[3] ?? '';
  if (!/^[A-Za-z0-9+$-]+$/.test(payload))
    return malformed('the copy of the scenario it carries is cut or changed');
  let text: string | null;
  try {
    text = LZString.decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (!text) return malformed('the copy of the scenario it carries is cut or changed');
  if (text.length > MAX_SCENARIO_BYTES)
    return malformed('the scenario it carries is larger than 1 MB');
  const options = readOptions(parts[4] ?? '');
  if (!options.ok) return options;
  // A revision is skipped here: the copy the link carries is the scenario.
  return {
    ok: true,
    state: {
      ...table.state,
      embedded: text,
      ...(options.present ? { present: true } : {}),
      ...(options.lang !== undefined ? { lang: options.lang } : {}),
      ...(options.handIn !== undefined ? { handIn: options.handIn } : {}),
    },
  };
}

/** Longest options segment read: a handful of short fields. */
const MAX_OPTIONS_LENGTH = 200;

type Options =
  | { ok: true; revision?: number; present: boolean; handIn?: string; lang?: LinkLanguage }
  | Extract<Decoded, { ok: false }>;

/** A hand-in's answers, compressed (lz-string's URI alphabet); a class's worth of exercises. */
const HAND_IN = /^hand=([A-Za-z0-9+$-]{1,3000})$/;

/** Reads an options segment: `key=value` pairs joined by commas; unknown keys are skipped. */
function readOptions(options: string): Options {
  const fail = (detail: string): Options => ({ ok: false, error: { kind: 'malformed', detail } });
  const items = options === '' ? [] : options.split(',');
  // The handed-in answers are long by nature; the other options are a handful of short fields.
  const hands = items.filter((item) => item.startsWith('hand='));
  const rest = items.filter((item) => !item.startsWith('hand='));
  if (rest.join(',').length > MAX_OPTIONS_LENGTH) return fail('its options are too long');
  if (hands.length > 1) return fail('it gives handed-in answers twice');
  const hand = hands[0];
  const handIn = hand === undefined ? undefined : HAND_IN.exec(hand)?.[1];
  if (hand !== undefined && handIn === undefined)
    return fail('the handed-in answers it carries are cut or changed');
  let revision: number | undefined;
  let present: boolean | undefined;
  let lang: LinkLanguage | undefined;
  let langSeen = false;
  for (const item of rest) {
    const m = /^([a-z][a-z0-9-]{0,15})=([A-Za-z0-9._-]{0,40})$/.exec(item);
    if (!m) return fail(`the option "${item.slice(0, 30)}" is not understood`);
    const [, key, value = ''] = m;
    if (key === 'r') {
      if (revision !== undefined) return fail('it gives the revision twice');
      if (!/^[1-9]\d{0,5}$/.test(value)) return fail('its scenario revision is not a number');
      revision = Number(value);
    } else if (key === 'present') {
      if (present !== undefined) return fail('it gives the presenter option twice');
      if (value !== '0' && value !== '1') return fail('its presenter option is not 0 or 1');
      present = value === '1';
    } else if (key === 'lang') {
      if (langSeen) return fail('it gives the language twice');
      langSeen = true;
      // A language this version does not speak is skipped, like an unknown option.
      lang = LINK_LANGUAGES.find((l) => l === value);
    }
    // Other keys belong to a later version's optional fields: skipped.
  }
  return {
    ok: true,
    ...(revision !== undefined ? { revision } : {}),
    present: present === true,
    ...(lang !== undefined ? { lang } : {}),
    ...(handIn !== undefined ? { handIn } : {}),
  };
}

/** The key of the student's name among a hand-in's responses (never an exercise id: no "@"). */
export const HAND_IN_NAME = '@name';

/** The payload of a hand-in (option `hand`) for responses by exercise id. */
export const encodeHandIn = (responses: Readonly<Record<string, unknown>>): string =>
  LZString.compressToEncodedURIComponent(JSON.stringify(responses));

/**
 * The responses a hand-in carries, by exercise id, or null if it cannot be read. Untrusted: each
 * response is checked by the engine like every other response.
 */
export function decodeHandIn(payload: string): Record<string, unknown> | null {
  let text: string | null;
  try {
    text = LZString.decompressFromEncodedURIComponent(payload);
  } catch {
    return null;
  }
  if (!text || text.length > 100_000) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function decodeV3(parts: readonly string[]): Decoded {
  if (parts.length !== 4)
    return malformed('it should hold a scenario, a rule, changes and options');
  const table = decodeV1(parts.slice(0, 3));
  if (!table.ok) return table;
  const options = readOptions(parts[3] ?? '');
  if (!options.ok) return options;
  const { revision, present, handIn, lang } = options;
  return {
    ok: true,
    state: {
      ...table.state,
      ...(revision !== undefined ? { revision } : {}),
      ...(present ? { present: true } : {}),
      ...(lang !== undefined ? { lang } : {}),
      ...(handIn !== undefined ? { handIn } : {}),
    },
  };
}

function decodeV1(parts: readonly string[]): Decoded {
  if (parts.length < 2 || parts.length > 3)
    return malformed('it should hold a scenario, a rule and changes');
  const [scenario = '', rule = '', list = ''] = parts;
  if (!ID.test(scenario)) return malformed('the scenario id is not valid');
  if (!ID.test(rule)) return malformed('the rule id is not valid');
  const changes: Record<string, AllyChange> = {};
  if (list !== '') {
    for (const item of list.split(',')) {
      const m = /^([A-Z][A-Z0-9]{1,7})=([suo]?)(?:@(\d+(?:\.\d{1,3})?))?$/.exec(item);
      if (!m)
        return malformed(
          `the change "${item.slice(0, 30)}" is not understood (a change reads like FR=s: France supports; s, u, o)`,
        );
      const [, id = '', letter = '', pText] = m;
      if (!CODE.test(id)) return malformed(`"${id}" is not an ally code`);
      if (id in changes) return malformed(`${id} appears twice`);
      if (letter === '' && pText === undefined) return malformed(`the change for ${id} is empty`);
      const p = pText === undefined ? undefined : Number(pText);
      if (p !== undefined && !(p >= 0 && p <= 1))
        return malformed(`the probability for ${id} is not between 0 and 1`);
      changes[id] = {
        ...(letter ? { position: FROM_LETTER[letter] } : {}),
        ...(p !== undefined ? { p } : {}),
      };
    }
  }
  return { ok: true, state: { scenario, rule, changes } };
}
