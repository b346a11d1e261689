/**
 * The story step by step: the time line of scenarios and key events, Previous / Next (and the
 * arrow keys) to step through the dated scenarios, and what changed from the previous one. Each
 * step applies the scenario through the store's `applyScenario` intent, so Undo steps back.
 */
import { memo, lazy, Suspense, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TimelineEventDatum, TimelineStepDatum } from '../charts/Timeline';
import { compareScenarios, shortTitle, timelineSteps } from '../scenario/compare';
import '../words/parts/panels';
import { eventInstant, TIMELINE_EVENTS } from '../scenario/timeline';
import { useAppStore, useCatalog } from '../state/context';
import { useWords } from '../state/words';
import { summarizeComparison } from '../words/compare';
import { defineMessages, type Words } from '../words/intl';
import { evidenceLabel } from '../words/labels';
import { eventDateText } from '../words/dates';
import { eventKindLabel, eventTitle } from '../words/timeline';
import { ScenarioChanges } from './ScenarioChanges';
import { useWidth } from './useWidth';
import './timelinePanel.css';

// The drawing (and d3's time scale with its date formats) loads when the timeline is first
// opened: it starts closed, so first-visit JavaScript stays small.
const Timeline = lazy(() => import('../charts/Timeline').then((m) => ({ default: m.Timeline })));

const M = defineMessages({
  heading: { id: 'timeline.heading', defaultMessage: 'Timeline' },
  show: { id: 'timeline.show', defaultMessage: 'Show timeline' },
  hide: { id: 'timeline.hide', defaultMessage: 'Hide timeline' },
  stepper: { id: 'timeline.stepper', defaultMessage: 'Step through the scenarios' },
  previous: { id: 'timeline.previous', defaultMessage: 'Previous' },
  next: { id: 'timeline.next', defaultMessage: 'Next' },
  step: {
    id: 'timeline.step',
    defaultMessage: 'Step {number, number} of {count, number}: {title} ({date}).',
  },
  offLine: {
    id: 'timeline.offLine',
    defaultMessage:
      'The scenario at the table is not part of the NATO time line; Next starts at {first}.',
  },
  since: { id: 'timeline.since', defaultMessage: 'Since {title}:' },
  keys: {
    id: 'timeline.keys',
    defaultMessage:
      'Arrow keys step while a step button has focus; Undo steps back.{open, select, true {} other { Show the timeline for the dates, the key events and the sources.}}',
  },
  drawing: { id: 'timeline.drawing', defaultMessage: 'Drawing the timeline…' },
  title: {
    id: 'timeline.title',
    defaultMessage: 'The Tokyo office story: scenarios and key events, 2007 to 2025',
  },
  changedSince: { id: 'timeline.changedSince', defaultMessage: 'What changed since {title}' },
  firstOnLine: {
    id: 'timeline.firstOnLine',
    defaultMessage: 'The first scenario on the time line',
  },
  notOnLine: { id: 'timeline.notOnLine', defaultMessage: 'Not on the time line' },
  nothingEarlier: {
    id: 'timeline.nothingEarlier',
    defaultMessage: 'Nothing earlier to compare with: step forward to see what changed.',
  },
  otherBody: {
    id: 'timeline.otherBody',
    defaultMessage: 'This scenario is about another body; compare it with any scenario below.',
  },
});

/** The key events as the chart wants them, in the reader's language (the data file is static). */
const eventsIn = (words: Words): readonly TimelineEventDatum[] =>
  TIMELINE_EVENTS.flatMap((e) => {
    const start = eventInstant(e.date);
    if (!start) return [];
    const end = e.end ? (eventInstant(e.end) ?? undefined) : undefined;
    return [
      {
        id: e.id,
        start,
        ...(end ? { end } : {}),
        dateText: eventDateText(e.date, e.end, words),
        title: eventTitle(e, words),
        kind: e.kind,
        // China's objections: a non-member's view, drawn and described as such.
        ...(e.kind === 'outside' ? { outside: true } : {}),
        kindLabel: eventKindLabel(e.kind, words),
        evidenceLabel: evidenceLabel(e.evidence, words),
        source: e.source,
        ...(e.url ? { url: e.url } : {}),
      },
    ];
  });

export const TimelinePanel = memo(function TimelinePanel() {
  const headingId = useId();
  const words = useWords();
  const events = useMemo(() => eventsIn(words), [words]);
  const catalog = useCatalog();
  const scenarioId = useAppStore((s) => s.table.scenarioId);
  const applyScenario = useAppStore((s) => s.applyScenario);
  // Closed at first: the drawing and the full list of changes are one click away, and the table
  // keeps its place at the top of the page (the stepper and a one-line summary stay visible).
  const [open, setOpen] = useState(false);
  const [chartRef, chartWidth] = useWidth();
  const stepRefs = useRef(new Map<string, HTMLButtonElement>());

  const steps = useMemo(() => timelineSteps(catalog), [catalog]);
  const index = steps.findIndex((s) => s.id === scenarioId);
  const current = steps[index];
  const previous = index > 0 ? steps[index - 1] : undefined;
  const comparison = useMemo(
    () => (current && previous ? compareScenarios(previous, current) : null),
    [current, previous],
  );
  const stepData = useMemo<TimelineStepDatum[]>(
    () =>
      steps.flatMap((s) => {
        const date = eventInstant(s.date);
        return date
          ? [
              {
                id: s.id,
                date,
                label: shortTitle(s),
                dateText: eventDateText(s.date, undefined, words),
                current: s.id === scenarioId,
              },
            ]
          : [];
      }),
    [steps, scenarioId, words],
  );

  // Off the time line (the UN comparison): Next starts at the first step, Previous does nothing.
  const go = (to: number, focusStep: boolean) => {
    const target = steps[to];
    if (!target || to === index) return;
    applyScenario(target.id);
    if (focusStep) stepRefs.current.get(target.id)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const focusStep = e.currentTarget.dataset.step !== undefined;
    const moves: Record<string, number> = {
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      Home: 0,
      End: steps.length - 1,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    go(index < 0 && to < 0 ? 0 : to, focusStep);
  };

  if (steps.length === 0) return null;
  const atFirst = index <= 0;
  const atLast = index === steps.length - 1;

  return (
    <section className="panel timeline-panel" aria-labelledby={headingId}>
      <div className="timeline-head">
        <h2 id={headingId}>{words.formatMessage(M.heading)}</h2>
        <button
          type="button"
          className="button"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          {words.formatMessage(open ? M.hide : M.show)}
        </button>
      </div>
      {/* The stepper stays visible when the chart is hidden: stepping is the main use. */}
      <div className="stepper" role="group" aria-label={words.formatMessage(M.stepper)}>
        <button
          type="button"
          className="button step-button"
          aria-disabled={atFirst}
          onKeyDown={onKeyDown}
          onClick={() => go(index - 1, false)}
        >
          <span aria-hidden="true">◀ </span>
          {words.formatMessage(M.previous)}
        </button>
        <ol className="step-list">
          {steps.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                className="button step"
                data-step={s.id}
                aria-current={s.id === scenarioId ? 'step' : undefined}
                ref={(el) => {
                  if (el) stepRefs.current.set(s.id, el);
                  else stepRefs.current.delete(s.id);
                }}
                onKeyDown={onKeyDown}
                onClick={() => go(i, false)}
              >
                <span className="step-number">{i + 1}</span> {shortTitle(s)}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button step-button"
          aria-disabled={atLast}
          onKeyDown={onKeyDown}
          onClick={() => go(index < 0 ? 0 : index + 1, false)}
        >
          {words.formatMessage(M.next)}
          <span aria-hidden="true"> ▶</span>
        </button>
      </div>
      <div className="step-hint" aria-live="polite">
        <p>
          {current
            ? words.formatMessage(M.step, {
                number: index + 1,
                count: steps.length,
                title: current.title,
                date: eventDateText(current.date, undefined, words),
              })
            : words.formatMessage(M.offLine, { first: steps[0] ? shortTitle(steps[0]) : '' })}
        </p>
        {comparison && previous && (
          <p className="step-summary">
            <strong>{words.formatMessage(M.since, { title: shortTitle(previous) })}</strong>{' '}
            {summarizeComparison(comparison, words)}
          </p>
        )}
      </div>
      <p className="step-keys">{words.formatMessage(M.keys, { open: String(open) })}</p>
      {open && (
        <div className="timeline-body">
          <div ref={chartRef} className="timeline-chart-box">
            <Suspense fallback={<p>{words.formatMessage(M.drawing)}</p>}>
              <Timeline
                events={events}
                steps={stepData}
                title={words.formatMessage(M.title)}
                width={chartWidth}
              />
            </Suspense>
          </div>
          <div className="timeline-changes">
            <h3>
              {words.formatMessage(
                current && previous ? M.changedSince : current ? M.firstOnLine : M.notOnLine,
                { title: previous ? shortTitle(previous) : '' },
              )}
            </h3>
            {comparison ? (
              <ScenarioChanges comparison={comparison} level={4} />
            ) : (
              <p>{words.formatMessage(current ? M.nothingEarlier : M.otherBody)}</p>
            )}
          </div>
        </div>
      )}
    </section>
  );
});
