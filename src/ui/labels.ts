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
