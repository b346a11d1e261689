import type { Position } from '../engine/types';
import type { Evidence } from '../scenario/model';
import { defineMessages, ENGLISH, type Words } from './intl';

const POSITION_MESSAGE = defineMessages({
  support: { id: 'position.support', defaultMessage: 'Support' },
  undecided: { id: 'position.undecided', defaultMessage: 'Undecided' },
  object: { id: 'position.object', defaultMessage: 'Object' },
});

const EVIDENCE_WORD_MESSAGE = defineMessages({
  official: { id: 'evidenceWord.official', defaultMessage: 'on record' },
  'named-official': { id: 'evidenceWord.namedOfficial', defaultMessage: 'named official' },
  anonymous: { id: 'evidenceWord.anonymous', defaultMessage: 'unnamed official' },
  inference: { id: 'evidenceWord.inference', defaultMessage: 'reported' },
  assumption: { id: 'evidenceWord.assumption', defaultMessage: 'assumed' },
});

const CHANGE_MESSAGE = defineMessages({
  yours: { id: 'change.yours', defaultMessage: 'your change' },
  room: { id: 'change.room', defaultMessage: 'changed in the room' },
});

const EVIDENCE_LABEL_MESSAGE = defineMessages({
  official: { id: 'evidence.official', defaultMessage: 'Official' },
  'named-official': { id: 'evidence.namedOfficial', defaultMessage: 'Named official' },
  anonymous: { id: 'evidence.anonymous', defaultMessage: 'Anonymous source' },
  inference: { id: 'evidence.inference', defaultMessage: 'Inference' },
  assumption: { id: 'evidence.assumption', defaultMessage: 'Assumption' },
});

const EVIDENCE_HINT_MESSAGE = defineMessages({
  official: {
    id: 'evidenceHint.official',
    defaultMessage: 'An on-record statement or official text',
  },
  'named-official': {
    id: 'evidenceHint.namedOfficial',
    defaultMessage: 'A named official, as reported',
  },
  anonymous: { id: 'evidenceHint.anonymous', defaultMessage: 'An unnamed official or diplomat' },
  inference: {
    id: 'evidenceHint.inference',
    defaultMessage: "An analyst's or journalist's reading",
  },
  assumption: {
    id: 'evidenceHint.assumption',
    defaultMessage: "No reporting found: the scenario's assumption",
  },
});

/** An evidence grade's name, as its chip says it: "Named official". */
export const evidenceLabel = (evidence: Evidence, intl: Words = ENGLISH): string =>
  intl.formatMessage(EVIDENCE_LABEL_MESSAGE[evidence]);

/** What an evidence grade means, as the chip's hint says it. */
export const evidenceHint = (evidence: Evidence, intl: Words = ENGLISH): string =>
  intl.formatMessage(EVIDENCE_HINT_MESSAGE[evidence]);

/** A position's name, as its radio says it: "Support" ("Soutien" in French). */
export const positionLabel = (position: Position, intl: Words = ENGLISH): string =>
  intl.formatMessage(POSITION_MESSAGE[position]);

/**
 * The strength of the evidence, in the words an outcome names a blocker with: "France objects
 * (named official); Germany, following France (reported)".
 */
export const evidenceWord = (evidence: Evidence, intl: Words = ENGLISH): string =>
  intl.formatMessage(EVIDENCE_WORD_MESSAGE[evidence]);

/** YOUR_CHANGE or ROOM_CHANGE (English, as stored in code) in the reader's language. */
export const changeWordIn = (word: string, intl: Words = ENGLISH): string =>
  word === YOUR_CHANGE
    ? intl.formatMessage(CHANGE_MESSAGE.yours)
    : word === ROOM_CHANGE
      ? intl.formatMessage(CHANGE_MESSAGE.room)
      : word;

/** A position the user set, in place of its evidence: it rests on no source. */
export const YOUR_CHANGE = 'your change';
/** A position set in a class room (by a student or the teacher). */
export const ROOM_CHANGE = 'changed in the room';
