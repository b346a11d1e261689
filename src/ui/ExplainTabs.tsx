/**
 * Everything that explains the table, below it, one tab at a time: why, thresholds, odds, power,
 * map, timeline, comparison of scenarios, and the scenario's summary. Only the open tab is
 * rendered: the others cost nothing while the table changes. The ARIA tabs pattern: arrow keys,
 * Home and End move between tabs (and open them); Tab goes on into the open panel.
 */
import { memo, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { AnalysisClient } from '../state/analysis';
import { ComparePanel } from './ComparePanel';
import { TableMap } from './MapPanel';
import { TableWhy } from './OutcomePanels';
import { RulePower } from './PowerPanel';
import { OddsSection } from './RulesPanels';
import { ScenarioSummary } from './ScenarioSummary';
import { ThresholdsPanel } from './ThresholdsPanel';
import { TimelinePanel } from './TimelinePanel';

interface Tab {
  readonly id: string;
  readonly label: string;
  readonly render: (analysis: AnalysisClient) => ReactNode;
}

export const EXPLAIN_TABS: readonly Tab[] = [
  { id: 'why', label: 'Why', render: () => <TableWhy /> },
  { id: 'thresholds', label: 'Thresholds', render: () => <ThresholdsPanel /> },
  { id: 'odds', label: 'Odds', render: (a) => <OddsSection analysis={a} /> },
  { id: 'power', label: 'Power', render: (a) => <RulePower analysis={a} /> },
  { id: 'map', label: 'Map', render: () => <TableMap /> },
  { id: 'timeline', label: 'Timeline', render: () => <TimelinePanel /> },
  { id: 'compare', label: 'Compare scenarios', render: () => <ComparePanel /> },
  { id: 'about', label: 'About this scenario', render: () => <ScenarioSummary /> },
];

export const ExplainTabs = memo(function ExplainTabs({ analysis }: { analysis: AnalysisClient }) {
  // The open tab, by its place in EXPLAIN_TABS.
  const [index, setIndex] = useState(0);
  const id = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const current = EXPLAIN_TABS[index];

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
    <section className="explain" id="explanations" aria-label="Explanations">
      <div className="explain-tabs" role="tablist" aria-label="Explanations" ref={listRef}>
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
          >
            {tab.label}
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
