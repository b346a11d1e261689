/**
 * The page's layout, and nothing else: which panel goes where. Panels read the state through
 * hooks (src/state); charts take props; the ports (worker, clipboard, files, full screen, print)
 * come from the composition root (main.tsx) and are handed to the panels that use them.
 *
 * First screen: the header (question, pickers, actions), the outcome, the hemicycle beside the
 * allies' rows, and the comparison of rules. Below: everything that explains the table.
 */
import { useState } from 'react';
import type { AllyId } from '../engine/types';
import type { AnalysisClient } from '../state/analysis';
import { useAppStore } from '../state/context';
import type { TableState } from '../state/store';
import { useTableNow } from '../state/table';
import { AlliesPanel } from '../ui/AlliesPanel';
import { ComparePanel } from '../ui/ComparePanel';
import { TableHandout } from '../ui/Handout';
import { AppHeader, SiteFooter, SkipLink, type HeaderPorts } from '../ui/Header';
import { TableMap } from '../ui/MapPanel';
import { NoticeBar } from '../ui/NoticeBar';
import { OddsSection, RulesPanel } from '../ui/RulesPanels';
import { CurrentOutcome, TableWhy } from '../ui/OutcomePanels';
import { RulePower } from '../ui/PowerPanel';
import { PresenterBar } from '../ui/Presenter';
import { ScenarioSummary } from '../ui/ScenarioSummary';
import { TablePanel } from '../ui/TablePanel';
import { ThresholdsPanel } from '../ui/ThresholdsPanel';
import { TimelinePanel } from '../ui/TimelinePanel';
import { useHistoryKeys } from '../ui/Toolbar';

export interface AppProps extends HeaderPorts {
  /** Computes power indices and odds off the main thread (a Web Worker in the browser). */
  readonly analysis: AnalysisClient;
  /** The full share address of a table, printed on the handout. */
  readonly shareUrlOf?: (table: TableState) => string;
}

export function App({ analysis, shareUrlOf, ...ports }: AppProps) {
  const { scenario, judgement } = useTableNow();
  const presenting = useAppStore((s) => s.presenting);
  // The ally the presenter's keys act on: a passing choice of the page, not part of the table.
  const [selectedId, setSelectedId] = useState<AllyId | null>(null);
  const selected = presenting ? selectedId : null;
  useHistoryKeys();

  return (
    <div className="app" data-presenting={presenting || undefined}>
      <SkipLink />
      <AppHeader {...ports} />
      <NoticeBar />
      {judgement ? (
        <main>
          {presenting && (
            <PresenterBar
              scenario={scenario}
              seats={judgement.table.seats}
              selectedId={selectedId}
              onSelect={setSelectedId}
            />
          )}
          <div className="status-bar">
            <CurrentOutcome />
          </div>
          <div className="stage">
            <div className="stage-table">
              <TablePanel selectedId={selected} />
              <RulesPanel analysis={analysis} />
            </div>
            <AlliesPanel selectedId={selected} />
          </div>
          <div className="explain">
            <TableWhy />
            <ThresholdsPanel />
            <OddsSection analysis={analysis} />
            <RulePower analysis={analysis} />
            <TableMap />
            <ScenarioSummary />
          </div>
        </main>
      ) : (
        <p role="alert">
          This table cannot be judged under the chosen rule. Pick another rule or reset the table.
        </p>
      )}
      <TimelinePanel />
      <ComparePanel />
      <TableHandout linkOf={shareUrlOf} />
      <SiteFooter />
    </div>
  );
}
