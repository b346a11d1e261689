/**
 * The timeline's words in the reader's language: an event's title (the data gives it in English
 * and in French) and its kind; its date is ./dates.ts's. Only the Timeline tab loads them.
 */
import './parts/panels';
import type { EventKind, TimelineEvent } from '../scenario/timeline';
import { defineMessages, ENGLISH, languageOf, type Words } from './intl';

const KIND = defineMessages({
  japan: { id: 'timeline.kind.japan', defaultMessage: 'Japan and NATO' },
  dispute: { id: 'timeline.kind.dispute', defaultMessage: 'The dispute' },
  membership: { id: 'timeline.kind.membership', defaultMessage: 'Membership' },
  summit: { id: 'timeline.kind.summit', defaultMessage: 'Summit' },
  outside: { id: 'timeline.kind.outside', defaultMessage: "Non-member's view" },
});

/** A timeline event's kind, in the chart's table view: "Summit", "Non-member's view". */
export const eventKindLabel = (kind: EventKind, words: Words = ENGLISH): string =>
  words.formatMessage(KIND[kind]);

/** An event's short title in the reader's language. */
export const eventTitle = (event: TimelineEvent, words: Words = ENGLISH): string =>
  languageOf(words) === 'fr' ? event.titleFr : event.title;
