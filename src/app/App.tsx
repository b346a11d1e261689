import { memo, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { ComparisonStrip } from '../charts/ComparisonStrip';
import { Hemicycle } from '../charts/Hemicycle';
import { ThresholdBars } from '../charts/ThresholdBars';
import type { RuleVerdict, SeatDatum } from '../charts/types';
import type { Outcome } from '../engine/outcome';
import type { AllyId, Position } from '../engine/types';
import type { Scenario } from '../scenario/model';
import type { Judgement } from '../scenario/play';
import {
  useAppStore,
  useJudgement,
  useRuleGame,
  useScenario,
  useTableWords,
  useVerdicts,
} from '../state/context';
import { counted, formatQuantity } from '../words/format';
import { shortReason, withOdds, type TableWords } from '../words/outcome';
import { marginLabel, ruleLabel, type Body } from '../words/rules';
import { AllyList } from '../ui/AllyList';
import { ComparePanel } from '../ui/ComparePanel';
import { TimelinePanel } from '../ui/TimelinePanel';
import { NoticeBar } from '../ui/NoticeBar';
import { OutcomeBanner, WhyPanel } from '../ui/OutcomePanels';
import { RulePicker, ScenarioPicker, SortPicker } from '../ui/Pickers';
import { ScenarioFiles, type ScenarioFilesPort } from '../ui/ScenarioFiles';
import { SharePanel, type SharePort } from '../ui/SharePanel';
import { historyShortcut, Toolbar } from '../ui/Toolbar';
import { MapPanel } from './MapPanel';
import { useWidth } from '../ui/useWidth';
import { Exportable } from '../ui/ExportButtons';
import { TableCsvButton } from '../ui/TableCsvButton';
import { PowerPanel } from '../ui/PowerPanel';
import { OddsPanel, useOdds } from '../ui/OddsPanel';
import { presumesConsent, type RuleDef } from '../engine/rules';
import type { AnalysisClient, OddsQuestion } from '../state/analysis';
import type { TableState } from '../state/store';
import { PrintedHandout } from '../ui/Handout';
import { PresenterBar, ShowButtons } from '../ui/Presenter';

/** Seats for the hemicycle, grouped like a parliament: supporters left, objectors right. */
const SIDE: Record<Position, number> = { support: 0, undecided: 1, object: 2 };

export function seatData(
  scenario: Scenario,
  positions: readonly Position[],
  leaders: readonly (AllyId | null)[],
  outcome: Outcome,
): SeatDatum[] {
  const nameOf = (id: AllyId) => scenario.members.find((m) => m.id === id)?.name ?? id;
  return scenario.members
    .map((m, i) => ({ m, i, position: positions[i] ?? 'support' }))
    .sort((a, b) => SIDE[a.position] - SIDE[b.position] || a.i - b.i)
    .map(({ m, i, position }) => {
      const leader = leaders[i];
      return {
        id: m.id,
        name: m.name,
        position,
        blocker: outcome.blockers.includes(m.id),
        pivotal: outcome.pivotal.includes(m.id),
        follows: leader ? nameOf(leader) : null,
      };
    });
}

/** The seats for the charts, memoised on the judgement they come from. */
function useSeatData(scenario: Scenario, judgement: Judgement | null | undefined): SeatDatum[] {
  return useMemo(() => {
    if (!judgement) return [];
    const { seats } = judgement.table;
    return seatData(
      scenario,
      seats.map((s) => s.position),
      seats.map((s) => s.leader),
      judgement.outcome,
    );
  }, [scenario, judgement]);
}

/**
 * The comparison strip and the odds panel: the odds arrive from the worker after each change, and
 * only this part of the page re-renders when they do.
 */
const RulesAndOdds = memo(function RulesAndOdds({
  analysis,
  question,
  verdicts,
  rule,
  body,
  words,
}: {
  analysis: AnalysisClient;
  question: OddsQuestion;
  verdicts: readonly { rule: RuleDef; outcome: Outcome }[];
  rule: RuleDef;
  body: Body;
  words: TableWords;
}) {
  const odds = useOdds(analysis, question);
  const probabilities = odds.status === 'ready' ? odds.result.probabilities : null;
  const rows = useMemo<RuleVerdict[]>(
    () =>
      verdicts.map(({ rule: r, outcome: o }) => ({
        ruleId: r.id,
        label: ruleLabel(r, body),
        status: o.status,
        reason: withOdds(shortReason(o, words), probabilities?.[r.id]),
        current: r.id === rule.id,
      })),
    [verdicts, words, rule, body, probabilities],
  );
  const [stripRef, stripWidth] = useWidth();
  return (
    <>
      <section className="panel" aria-labelledby="compare-heading">
        <h2 id="compare-heading">Under every rule</h2>
        <div ref={stripRef}>
          <Exportable subject="the comparison of rules" fileName="rules">
            <ComparisonStrip
              verdicts={rows}
              title="The same table judged under every decision rule"
              width={stripWidth}
            />
          </Exportable>
        </div>
      </section>
      <OddsPanel
        odds={odds}
        question={question}
        ruleLabel={ruleLabel(rule, body)}
        presumes={presumesConsent(rule.rule)}
        nameOf={words.nameOf}
        noun={body.memberNoun}
      />
    </>
  );
});

export interface AppProps {
  /** Copies the share link; the composition root knows the page address. */
  readonly copyLink: () => void;
  /** Computes power indices off the main thread (a Web Worker in the browser). */
  readonly analysis: AnalysisClient;
  /** Asks the browser for full screen when presenter mode starts (absent: stays in the window). */
  readonly requestFullscreen?: () => void;
  /** Opens the print dialog for the handout. */
  readonly print?: () => void;
  /** The full share address of a table, printed on the handout. */
  readonly shareUrlOf?: (table: TableState) => string;
  /** Import and export of scenario files (reading files and saving downloads). */
  readonly files?: ScenarioFilesPort;
  /** More ways to share: the presenter link and the embed code (addresses and clipboard). */
  readonly share?: SharePort;
}

export function App(props: AppProps) {
  const { copyLink, analysis, requestFullscreen, print, shareUrlOf, files, share } = props;
  const scenario = useScenario();
  const judgement = useJudgement();
  const words = useTableWords();
  // The charts and the panels that explain the outcome (hemicycle, map, rows' blocking tags, why,
  // thresholds, every rule, odds) render from a deferred copy: a click paints its own feedback
  // (the radio and the banner) first, and React renders the rest in the background right after,
  // yielding to input. Scenario and judgement move together.
  const shown = useDeferredValue(
    useMemo(() => ({ scenario, judgement, words }), [scenario, judgement, words]),
  );
  const verdictsRaw = useVerdicts(shown.judgement, shown.scenario);
  const ruleGame = useRuleGame();
  const ruleId = useAppStore((s) => s.table.ruleId);
  const cyclePosition = useAppStore((s) => s.cyclePosition);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const table = useAppStore((s) => s.table);
  const presenting = useAppStore((s) => s.presenting);
  // The ally the presenter's keys act on: a passing UI choice, not part of the table.
  const [selectedId, setSelectedId] = useState<AllyId | null>(null);
  const changed = useMemo(
    () => new Set(Object.keys(table.changes).filter((id) => table.changes[id]?.position)),
    [table.changes],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = historyShortcut(e);
      if (!action) return;
      e.preventDefault();
      if (action === 'undo') undo();
      else redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  const seats = judgement?.table.seats;
  const outcome = judgement?.outcome;
  const shownJudgement = shown.judgement;
  // The charts draw the deferred copy too: the click paints its radio and the banner first.
  const hemicycle = useSeatData(shown.scenario, shownJudgement);
  // The handout and the presenter's bar show the table as it is now.
  const seatsNow = useSeatData(scenario, judgement);
  // Blocking and pivotal tags on the rows follow the deferred outcome (while it belongs to the
  // same scenario), so a change re-renders only the row that changed, at once.
  const rowOutcome = shown.scenario === scenario ? shownJudgement?.outcome : undefined;
  // One odds question per table: every rule's probability, and the current rule's sensitivity.
  const question = useMemo<OddsQuestion>(
    () => ({
      seats: shownJudgement?.table.seats ?? [],
      games: verdictsRaw.map(({ rule, game }) => ({ ruleId: rule.id, game })),
      currentRuleId: shownJudgement?.rule.id ?? ruleId,
    }),
    [shownJudgement, verdictsRaw, ruleId],
  );
  const margins = useMemo(
    () =>
      shownJudgement
        ? shownJudgement.outcome.margins.map((m) => ({
            ...m,
            label: marginLabel(m, shownJudgement.rule.rule, shown.scenario.memberNoun),
          }))
        : [],
    [shownJudgement, shown.scenario],
  );
  const shownRule = (shownJudgement ?? judgement)?.rule;
  const shownRuleLabel = shownRule ? ruleLabel(shownRule, shown.scenario) : ruleId;
  const [hemicycleRef, hemicycleWidth] = useWidth();
  const [barsRef, barsWidth] = useWidth();

  return (
    <div className="app" data-presenting={presenting || undefined}>
      <a
        className="skip-link"
        href="#allies-heading"
        onClick={(e) => {
          // The fragment carries the table: move focus without changing it.
          e.preventDefault();
          document.getElementById('allies-heading')?.focus();
        }}
      >
        Skip to the {scenario.memberNoun.other}
      </a>
      <header className="app-header">
        <h1>{scenario.title}</h1>
        <p className="question">{scenario.question}</p>
        <div className="controls">
          <ScenarioPicker />
          <RulePicker />
          <Toolbar onCopyLink={copyLink} />
          {share && <SharePanel port={share} />}
          <ShowButtons onFullscreen={requestFullscreen} onPrint={print} />
          {files && <ScenarioFiles port={files} />}
        </div>
        {scenario.summary && <p className="summary">{scenario.summary}</p>}
      </header>
      <NoticeBar />
      <TimelinePanel />
      {judgement && outcome && seats ? (
        <main>
          {presenting && (
            <PresenterBar
              scenario={scenario}
              seats={seats}
              selectedId={selectedId}
              onSelect={setSelectedId}
            />
          )}
          <div className="status-bar">
            <OutcomeBanner outcome={outcome} words={words} />
          </div>
          <div className="layout">
            <section className="panel" aria-labelledby="allies-heading">
              <div className="allies-head">
                <h2 id="allies-heading" tabIndex={-1}>
                  {scenario.bodyName}: {counted(scenario.members.length, scenario.memberNoun)} on{' '}
                  {scenario.date}
                </h2>
                <SortPicker />
                <TableCsvButton scenario={scenario} seats={seats} />
              </div>
              <AllyList
                scenario={scenario}
                seats={seats}
                outcome={rowOutcome ?? outcome}
                selectedId={presenting ? selectedId : null}
              />
            </section>
            <div className="stack">
              <section className="panel present-keep" aria-labelledby="table-heading">
                <h2 id="table-heading">The table</h2>
                <div ref={hemicycleRef}>
                  <Exportable subject="the hemicycle" fileName="hemicycle">
                    <Hemicycle
                      seats={hemicycle}
                      title={`${shown.scenario.bodyName}: positions under ${shownRuleLabel}`}
                      onCycle={cyclePosition}
                      width={hemicycleWidth}
                      noun={shown.scenario.memberNoun}
                      selectedId={presenting ? selectedId : null}
                    />
                  </Exportable>
                </div>
              </section>
              <MapPanel
                seats={hemicycle}
                title={`${shown.scenario.bodyName} on the map: positions under ${shownRuleLabel}`}
                onCycle={cyclePosition}
              />
              {shownJudgement && (
                <WhyPanel
                  scenario={shown.scenario}
                  rule={shownJudgement.rule}
                  outcome={shownJudgement.outcome}
                  words={shown.words}
                />
              )}
              <section className="panel" aria-labelledby="thresholds-heading">
                <h2 id="thresholds-heading">Thresholds</h2>
                <div ref={barsRef}>
                  <Exportable subject="the threshold bars" fileName="thresholds">
                    <ThresholdBars
                      margins={margins}
                      title={`How close the table is to each threshold of ${shownRuleLabel}`}
                      format={formatQuantity}
                      width={barsWidth}
                      noun={shown.scenario.memberNoun}
                    />
                  </Exportable>
                </div>
              </section>
              <RulesAndOdds
                analysis={analysis}
                question={question}
                verdicts={verdictsRaw}
                rule={(shownJudgement ?? judgement).rule}
                body={shown.scenario}
                words={shown.words}
              />
              <PowerPanel
                client={analysis}
                game={ruleGame ?? judgement.game}
                rule={judgement.rule}
                members={scenario.members}
                body={scenario}
              />
            </div>
          </div>
        </main>
      ) : (
        <p role="alert">
          This table cannot be judged under the chosen rule. Pick another rule or reset the table.
        </p>
      )}
      <ComparePanel />
      {judgement && outcome && (
        <PrintedHandout
          scenario={scenario}
          rule={judgement.rule}
          outcome={outcome}
          seats={seatsNow}
          changed={changed}
          words={words}
          link={shareUrlOf?.(table)}
        />
      )}
      <footer className="site-footer">
        Stances come from the project&apos;s sources, each with its evidence grade; allies not
        listed take the scenario&apos;s stated default. Population: World Bank 2023. Defence
        spending: derived from NATO&apos;s 2023 share of GDP.
      </footer>
    </div>
  );
}
