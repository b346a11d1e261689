import type { Position } from '../engine/types';
import type { Evidence } from '../scenario/model';
import type { EventKind } from '../scenario/timeline';

export const POSITION_LABEL: Record<Position, string> = {
  support: 'Support',
  undecided: 'Undecided',
  object: 'Object',
};

export const EVIDENCE_LABEL: Record<Evidence, string> = {
  official: 'Official',
  'named-official': 'Named official',
  anonymous: 'Anonymous source',
  inference: 'Inference',
  assumption: 'Assumption',
};

/**
 * The strength of the evidence, in the words an outcome names a blocker with: "France objects
 * (named official); Germany, following France (reported)".
 */
export const EVIDENCE_WORD: Record<Evidence, string> = {
  official: 'on record',
  'named-official': 'named official',
  anonymous: 'unnamed official',
  inference: 'reported',
  assumption: 'assumed',
};

/** A position the user set, in place of its evidence: it rests on no source. */
export const YOUR_CHANGE = 'your change';
/** A position set in a class room (by a student or the teacher). */
export const ROOM_CHANGE = 'changed in the room';

export const EVIDENCE_HINT: Record<Evidence, string> = {
  official: 'An on-record statement or official text',
  'named-official': 'A named official, as reported',
  anonymous: 'An unnamed official or diplomat',
  inference: "An analyst's or journalist's reading",
  assumption: "No reporting found: the scenario's assumption",
};

/** A timeline event's kind, in the chart's table view. */
export const EVENT_KIND_LABEL: Record<EventKind, string> = {
  japan: 'Japan and NATO',
  dispute: 'The dispute',
  membership: 'Membership',
  summit: 'Summit',
  outside: "Non-member's view",
};
