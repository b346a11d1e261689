/**
 * The notices' words (a link, saved work, a language or the class room that did not load). A
 * notice is often made before the page has a language (at boot, before the IntlProvider), so it
 * keeps its sentences as messages with their values, and the notice bar formats them in the
 * page's language as it shows them: a notice up when the language changes follows it.
 *
 * Most notices are rare: their messages are a part of their own (./noticeText.ts), which loads
 * when one is first shown. Their sentences here name those messages by key.
 */
import { LINK_VERSION, type LinkError } from '../scenario/link';
import type { Parsed, Scenario } from '../scenario/model';
import { eventDateText } from './dates';
import { defineMessages, ENGLISH, type MessageDescriptor, type Words } from './intl';
import type { NoticeKey } from './noticeText';

/** A value in a notice's sentence. */
export type NoticeValue =
  | string
  | number
  /** A date of the sources (YYYY-MM-DD or YYYY-MM), written in the reader's language. */
  | { readonly date: string }
  /** English quoted as it is (a validator's or the link reader's own words): lang="en". */
  | { readonly english: string };

type Values = Readonly<Record<string, NoticeValue>>;

/**
 * One whole sentence of a notice, formatted where it is shown: a message at hand, or one of the
 * notices' part, by key.
 */
export type NoticePhrase =
  | { readonly descriptor: MessageDescriptor; readonly values?: Values }
  | { readonly say: NoticeKey; readonly values?: Values };

export const phrase = (descriptor: MessageDescriptor, values?: Values): NoticePhrase =>
  values ? { descriptor, values } : { descriptor };

const say = (key: NoticeKey, values?: Values): NoticePhrase =>
  values ? { say: key, values } : { say: key };

/** The notices' part's messages, once it has loaded. */
let late: Readonly<Partial<Record<NoticeKey, MessageDescriptor>>> = {};

/** A sentence's message; undefined while the notices' part has not loaded. */
export const descriptorOf = (p: NoticePhrase): MessageDescriptor | undefined =>
  'descriptor' in p ? p.descriptor : late[p.say];

/** Are a notice's words at hand? */
export const noticeWordsReady = (phrases: readonly NoticePhrase[]): boolean =>
  phrases.every((p) => descriptorOf(p) !== undefined);

/** Loads the notices' part (the notice bar asks, when a notice needs it). */
export const loadNoticeWords = (): Promise<void> =>
  import('./noticeText').then((m) => {
    late = m.NOTICES;
  });

/** A phrase's values as plain text: dates in the reader's language, quoted English as it is. */
export function plainValues(
  values: Values | undefined,
  words: Words = ENGLISH,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, v] of Object.entries(values ?? {}))
    out[key] =
      typeof v === 'object'
        ? 'date' in v
          ? eventDateText(v.date, undefined, words)
          : v.english
        : v;
  return out;
}

/** A notice's sentences as one text (English by default); its words must be at hand. */
export const noticeText = (phrases: readonly NoticePhrase[], words: Words = ENGLISH): string =>
  phrases
    .map((p) => {
      const descriptor = descriptorOf(p);
      return descriptor ? words.formatMessage(descriptor, plainValues(p.values, words)) : '';
    })
    .join(' ');

/** What is wrong with a link, in one sentence (src/scenario/link.ts's describeLinkError). */
export function linkErrorPhrase(e: LinkError): NoticePhrase {
  switch (e.kind) {
    case 'empty':
      return say('linkEmpty');
    case 'newer-version':
      return say('linkNewerVersion', { version: String(e.version), max: String(LINK_VERSION) });
    case 'unknown-version':
      return say('linkUnknownVersion', { version: e.version });
    case 'malformed':
      return say('linkMalformed', { detail: { english: e.detail } });
    case 'unknown-scenario':
      return say('linkUnknownScenario', { scenario: e.scenario });
    case 'unknown-rule':
      return say('linkUnknownRule', { rule: e.rule, scenario: e.scenario });
    case 'unknown-ally':
      return say('linkUnknownAlly', { ally: e.ally, scenario: e.scenario });
  }
}

export const linkUnreadable = (): NoticePhrase => say('linkUnreadable');
export const noScenarioInLink = (): NoticePhrase => say('linkNoScenario');
export const readerMissing = (): NoticePhrase => say('linkReaderMissing');
export const tableUnchanged = (): NoticePhrase => say('linkUnchanged');
export const defaultInstead = (link: string): NoticePhrase => say('linkDefaultInstead', { link });
export const otherScenarioInLink = (named: string, carried: string): NoticePhrase =>
  say('linkOtherId', { named, carried });

/** A carried scenario that failed validation: its first three problems, and how many more. */
export function invalidInLink(parsed: Parsed<Scenario>): NoticePhrase {
  const problems = parsed.ok ? [] : parsed.problems;
  return say('linkInvalid', {
    problems: {
      english: problems
        .slice(0, 3)
        .map((x) => `${x.line}:${x.column}: ${x.message}`)
        .join('; '),
    },
    more: Math.max(0, problems.length - 3),
  });
}

export const openedTable = (): NoticePhrase => say('openedTable');
export const openedScenario = (title: string): NoticePhrase => say('openedScenario', { title });
export const openedHandedIn = (): NoticePhrase => say('openedHandedIn');
export const lastTableKept = (): NoticePhrase => say('openedKept');

/** Imports kept in this browser that did not come back: lost (invalid now), or set aside. */
export const importsNotBack = (lost: number, aside: number): NoticePhrase[] => [
  ...(lost > 0 ? [say('storageLost', { count: lost })] : []),
  ...(aside > 0 ? [say('storageAside', { count: aside })] : []),
];

/** Reasons storage gives (src/state/persistence.ts) that have words of their own. */
const STORAGE_REASONS: Readonly<Record<string, string>> = {
  'the browser refused access to local storage': 'refused',
  'it is not valid JSON': 'json',
  'its content is not a valid table': 'content',
};

/**
 * The saved table that could not be restored, and why: storage refused or damaged (the reason
 * storage gave; another version's entry is quoted in English), a scenario that could not be
 * opened now, or one this version does not have.
 */
export const notRestored = (
  why: { readonly corrupt: string } | 'aside' | 'unknown',
): NoticePhrase =>
  typeof why === 'string'
    ? say('storageNotRestored', { why })
    : say('storageNotRestored', {
        why: STORAGE_REASONS[why.corrupt] ?? 'other',
        reason: { english: why.corrupt },
      });

/**
 * A part of the page that did not load (the network is down, most likely): these notices' words
 * are at hand, as another part's might not load either.
 */
const FAILED = defineMessages({
  roomNotLoaded: {
    id: 'notice.roomNotLoaded',
    defaultMessage:
      'The class room’s part of the app did not load. Reload the page to try again; the table works as before.',
  },
  languageFailed: {
    id: 'notice.languageFailed',
    defaultMessage:
      '{language}: this language did not load (is the network down?). The page stays in {shown}; choose it again to retry.',
    description: 'language, shown: each language in its own name (Français, English)',
  },
});

/** The class room's code did not load (src/app/roomsOnDemand.ts). */
export const roomNotLoaded = (): NoticePhrase => phrase(FAILED.roomNotLoaded);

/** A language whose catalog did not load; said in the language still shown. */
export const languageFailed = (language: string, shown: string): NoticePhrase =>
  phrase(FAILED.languageFailed, { language, shown });

/**
 * What a link made on revision `made` of the scenario is told: the revisions since (each with its
 * date and what changed), or that the link is newer than this copy; nothing if it is current.
 */
export function revisionPhrases(scenario: Scenario, made: number): NoticePhrase[] {
  if (made === scenario.revision) return [];
  const { title } = scenario;
  if (made > scenario.revision)
    return [
      say('revisionNewer', { title, made: String(made), current: String(scenario.revision) }),
    ];
  return [
    say('revisionOlder', { made: String(made), title }),
    ...scenario.revisions.slice(Math.max(0, made - 1)).map((r, i) =>
      say('revisionSince', {
        revision: String(made + i + 1),
        date: { date: r.date },
        note: r.note,
      }),
    ),
    say('revisionOpens'),
  ];
}
