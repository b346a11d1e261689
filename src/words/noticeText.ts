/**
 * The notices' English messages (a link, saved work, a language or the class room that did not
 * load). A notice is rare, and made before the page has a language (at boot): its sentences name
 * these messages by key (./notices.ts), and this module, with its part's catalog, loads when a
 * notice is first shown (./notices.ts's loadNoticeWords), so that a first visit does not carry
 * them.
 */
import './parts/notices';
import { defineMessages } from './intl';

export const NOTICES = defineMessages({
  linkEmpty: { id: 'notice.link.empty', defaultMessage: 'The link is empty.' },
  linkNewerVersion: {
    id: 'notice.link.newerVersion',
    defaultMessage:
      'The link was made by a newer version of the simulator (link format {version}); this one reads formats up to {max}.',
  },
  linkUnknownVersion: {
    id: 'notice.link.unknownVersion',
    defaultMessage: 'The link\'s format "{version}" is not one this simulator knows.',
  },
  linkMalformed: {
    id: 'notice.link.malformed',
    defaultMessage: 'The link is damaged: {detail}.',
    description: 'detail: what is wrong, in English (the link reader’s words, marked as English)',
  },
  linkUnknownScenario: {
    id: 'notice.link.unknownScenario',
    defaultMessage: 'The link names a scenario this simulator does not have ("{scenario}").',
  },
  linkUnknownRule: {
    id: 'notice.link.unknownRule',
    defaultMessage:
      'The link names a decision rule ("{rule}") that scenario "{scenario}" does not offer.',
  },
  linkUnknownAlly: {
    id: 'notice.link.unknownAlly',
    defaultMessage: 'The link changes {ally}, who is not at the table in scenario "{scenario}".',
    description: 'ally: the code the link gives (FR, HU)',
  },
  linkUnreadable: { id: 'notice.link.unreadable', defaultMessage: 'The link could not be read.' },
  linkNoScenario: { id: 'notice.link.noScenario', defaultMessage: 'The link carries no scenario.' },
  linkReaderMissing: {
    id: 'notice.link.readerMissing',
    defaultMessage: 'The scenario this link carries could not be read (the reader did not load).',
  },
  linkInvalid: {
    id: 'notice.link.invalid',
    defaultMessage:
      'The scenario this link carries is not valid ({problems}{more, plural, =0 {} other {; and {more} more}}).',
    description: 'problems: the first problems, line:column: message, in English (the validator’s)',
  },
  linkOtherId: {
    id: 'notice.link.otherId',
    defaultMessage: 'The link is damaged: it names scenario "{named}" but carries "{carried}".',
  },
  linkUnchanged: { id: 'notice.link.unchanged', defaultMessage: 'Your table is unchanged.' },
  linkDefaultInstead: {
    id: 'notice.link.defaultInstead',
    defaultMessage: '({link}) Showing the default scenario instead.',
    description: 'link: the start of the link that failed',
  },
  openedTable: { id: 'notice.opened.table', defaultMessage: 'You opened a shared table.' },
  openedScenario: {
    id: 'notice.opened.scenario',
    defaultMessage: 'You opened a shared scenario, “{title}”: it is now in your scenario list.',
  },
  openedHandedIn: {
    id: 'notice.opened.handedIn',
    defaultMessage: 'You opened handed-in answers: Exercises, below, checks them again.',
  },
  openedKept: { id: 'notice.opened.kept', defaultMessage: 'Your own last table is kept.' },
  storageLost: {
    id: 'notice.storage.lost',
    defaultMessage:
      '{count, plural, one {One imported scenario} other {{count} imported scenarios}} kept in this browser could not be restored.',
  },
  storageAside: {
    id: 'notice.storage.aside',
    defaultMessage:
      '{count, plural, one {The imported scenario} other {The {count} imported scenarios}} kept in this browser could not be opened now (the scenario reader did not load); {count, plural, one {it stays} other {they stay}} saved here: reload the page to try again. (Your last table on {count, plural, one {it} other {one of them}} gives way to this one at your first change.)',
  },
  storageNotRestored: {
    id: 'notice.storage.notRestored',
    defaultMessage:
      'Your saved table could not be restored ({why, select, aside {it is on an imported scenario that could not be opened now} unknown {it names a scenario or rule this version does not have} refused {the browser refused access to local storage} json {it is not valid JSON} content {its content is not a valid table} other {{reason}}}). Showing the default scenario.',
    description: 'reason: why, in English, as storage gave it (another version’s entry)',
  },
  revisionNewer: {
    id: 'notice.revision.newer',
    defaultMessage:
      "This link was made on a newer revision of “{title}” (revision {made}) than this simulator has (revision {current}): it opens this revision with the link's rule and changes.",
  },
  revisionOlder: {
    id: 'notice.revision.older',
    defaultMessage:
      'This link was made on revision {made} of “{title}”, which has been revised since:',
    description: 'Followed by each revision since, then notice.revision.opens',
  },
  revisionSince: {
    id: 'notice.revision.since',
    defaultMessage: 'revision {revision} ({date}): {note}',
    description: 'One revision of the scenario: its number, date and what changed',
  },
  revisionOpens: {
    id: 'notice.revision.opens',
    defaultMessage: "It opens the current revision with the link's rule and changes.",
  },
});

export type NoticeKey = keyof typeof NOTICES;
