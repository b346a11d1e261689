/**
 * Everything that explains the table, below it, one tab at a time: why, thresholds, odds, power,
 * map, timeline, comparison of scenarios, and the scenario's summary. Only the open tab is
 * rendered: the others cost nothing while the table changes. The ARIA tabs pattern: arrow keys,
 * Home and End move between tabs (and open them); Tab goes on into the open panel.
 */
import { memo, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { AnalysisClient } from '../state/analysis';
import { useWords } from '../state/words';
import { defineMessages, type MessageDescriptor } from '../words/intl';
import { lazyPanel } from './lazyPanel';
import { TableMap } from './MapPanel';
import { TableWhy } from './OutcomePanels';

// The tabs closed at first load their code when first opened (or pointed at): the first visit
// carries the table, the outcome, the comparison of rules and Why. (The odds panel asks the
// same question as the comparison of rules, whose answer it shares; the map loads its own parts.)
const Odds = lazyPanel(() => import('./OddsPanel').then((m) => m.OddsSection));
const Thresholds = lazyPanel(() => import('./ThresholdsPanel').then((m) => m.ThresholdsPanel));
const Power = lazyPanel(() => import('./PowerPanel').then((m) => m.RulePower));
const Timeline = lazyPanel(() => import('./TimelinePanel').then((m) => m.TimelinePanel));
const Compare = lazyPanel(() => import('./ComparePanel').then((m) => m.ComparePanel));
const Summary = lazyPanel(() => import('./ScenarioSummary').then((m) => m.ScenarioSummary));

const M = defineMessages({
  explanations: { id: 'explain.label', defaultMessage: 'Explanations' },
  why: { id: 'explain.tab.why', defaultMessage: 'Why' },
  thresholds: { id: 'explain.tab.thresholds', defaultMessage: 'Thresholds' },
  odds: { id: 'explain.tab.odds', defaultMessage: 'Odds' },
  power: { id: 'explain.tab.power', defaultMessage: 'Power' },
  map: { id: 'explain.tab.map', defaultMessage: 'Map' },
  timeline: { id: 'explain.tab.timeline', defaultMessage: 'Timeline' },
  compare: { id: 'explain.tab.compare', defaultMessage: 'Compare scenarios' },
  about: { id: 'explain.tab.about', defaultMessage: 'About this scenario' },
});

interface Tab {
  readonly id: string;
  readonly label: MessageDescriptor;
  readonly render: (analysis: AnalysisClient) => ReactNode;
  /** Fetches the tab's code ahead of a click (a pointer over the tab, or the focus on it). */
  readonly load?: () => Promise<unknown>;
}

export const EXPLAIN_TABS: readonly Tab[] = [
  { id: 'why', label: M.why, render: () => <TableWhy /> },
  {
    id: 'thresholds',
    label: M.thresholds,
    render: () => <Thresholds.Panel />,
    load: Thresholds.load,
  },
  {
    id: 'odds',
    label: M.odds,
    render: (a) => <Odds.Panel analysis={a} />,
    load: Odds.load,
  },
  { id: 'power', label: M.power, render: (a) => <Power.Panel analysis={a} />, load: Power.load },
  { id: 'map', label: M.map, render: () => <TableMap /> },
  { id: 'timeline', label: M.timeline, render: () => <Timeline.Panel />, load: Timeline.load },
  {
    id: 'compare',
    label: M.compare,
    render: () => <Compare.Panel />,
    load: Compare.load,
  },
  {
    id: 'about',
    label: M.about,
    render: () => <Summary.Panel />,
    load: Summary.load,
  },
];

/** Loads every closed tab's code (tests that open tabs synchronously; nothing on the page). */
export const loadExplanations = () => Promise.all(EXPLAIN_TABS.map((tab) => tab.load?.()));

export const ExplainTabs = memo(function ExplainTabs({ analysis }: { analysis: AnalysisClient }) {
  // The open tab, by its place in EXPLAIN_TABS.
  const [index, setIndex] = useState(0);
  const id = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const current = EXPLAIN_TABS[index];
  const intl = useWords();
  const explanations = intl.formatMessage(M.explanations);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const count = EXPLAIN_TABS.length;
    const to = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: count - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = (to + count) % count;
    setIndex(next);
    listRef.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };

  return (
    <section className="explain" id="explanations" aria-label={explanations}>
      <div className="explain-tabs" role="tablist" aria-label={explanations} ref={listRef}>
        {EXPLAIN_TABS.map((tab, i) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${id}-${tab.id}`}
            aria-selected={i === index}
            aria-controls={`${id}-panel`}
            tabIndex={i === index ? 0 : -1}
            onClick={() => setIndex(i)}
            onKeyDown={onKeyDown}
            onPointerEnter={() => void tab.load?.().catch(() => undefined)}
            onFocus={() => void tab.load?.().catch(() => undefined)}
          >
            {intl.formatMessage(tab.label)}
          </button>
        ))}
      </div>
      <div
        className="explain-panel"
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-${current?.id ?? ''}`}
      >
        {current?.render(analysis)}
      </div>
    </section>
  );
});
