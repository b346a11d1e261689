/**
 * The page's layout, and nothing else: which panel goes where. Panels read the state through
 * hooks (src/state); charts take props; the ports (worker, clipboard, files, full screen, print)
 * come from the composition root (main.tsx) and are handed to the panels that use them.
 *
 * First screen: the header (question, pickers, actions), the outcome, the hemicycle beside the
 * allies' rows, and the comparison of rules. Below, in tabs: everything that explains the table.
 */
import { lazy, Suspense, useState } from 'react';
import type { AllyId } from '../engine/types';
import type { AnalysisClient } from '../state/analysis';
import type { OfflineStore } from '../state/offline';
import { useAppStore } from '../state/context';
import { useRoom } from '../state/room';
import type { TableState } from '../state/store';
import type { ExercisesPort } from '../ui/ExercisesPanel';
import { useTableNow } from '../state/table';
import { AlliesPanel } from '../ui/AlliesPanel';
import { TableHandout } from '../ui/Handout';
import { ExplainTabs } from '../ui/ExplainTabs';
import { AppHeader, SiteFooter, SkipLinks, type HeaderPorts } from '../ui/Header';
import { NoticeBar } from '../ui/NoticeBar';
import { RulesPanel } from '../ui/RulesPanels';
import { CurrentOutcome } from '../ui/OutcomePanels';
import { presenterBar } from '../ui/Presenter';
import { TablePanel } from '../ui/TablePanel';
import { useHistoryKeys } from '../ui/Toolbar';
import { UpdateBar } from '../ui/UpdateBar';
import { useWords } from '../state/words';
import { defineMessages } from '../words/intl';

const M = defineMessages({
  openingRoom: { id: 'app.openingRoom', defaultMessage: 'Opening the class room…' },
  notJudged: {
    id: 'app.notJudged',
    defaultMessage:
      'This table cannot be judged under the chosen rule. Pick another rule or reset the table.',
  },
  exercises: { id: 'app.exercises', defaultMessage: 'Exercises', description: 'A heading' },
  loadingExercises: { id: 'app.loadingExercises', defaultMessage: 'Loading the exercises…' },
});

// A class room's views load when a room opens: most visits never join one.
const RoomPanel = lazy(() => import('../ui/RoomPanel').then((m) => ({ default: m.RoomPanel })));
const StudentView = lazy(() =>
  import('../ui/StudentView').then((m) => ({ default: m.StudentView })),
);
// The exercises and their checker load once a scenario with exercises is on screen.
const ExercisesPanel = lazy(() =>
  import('../ui/ExercisesPanel').then((m) => ({ default: m.ExercisesPanel })),
);
const ExerciseWorksheet = lazy(() =>
  import('../ui/ExercisesPanel').then((m) => ({ default: m.ExerciseWorksheet })),
);

export interface AppProps extends HeaderPorts {
  /** Computes power indices and odds off the main thread (a Web Worker in the browser). */
  readonly analysis: AnalysisClient;
  /** The full share address of a table, printed on the handout. */
  readonly shareUrlOf?: (table: TableState) => string;
  /** Exercise progress in storage and the Hand in link (absent: no exercises panel). */
  readonly exercises?: ExercisesPort;
  /** The offline build's news: ready to work offline, or a new version waiting (absent: none). */
  readonly offline?: OfflineStore;
}

export function App({ analysis, shareUrlOf, exercises, offline, ...ports }: AppProps) {
  const { scenario, judgement } = useTableNow();
  const presenting = useAppStore((s) => s.presenting);
  // The ally the presenter's keys act on: a passing choice of the page, not part of the table.
  const [selectedId, setSelectedId] = useState<AllyId | null>(null);
  const selected = presenting ? selectedId : null;
  const inRoom = useRoom((r) => r.code !== null);
  const student = useRoom((r) => r.code !== null && r.role === 'student');
  const opening = useRoom((r) => r.stage === 'opening');
  const printJob = useAppStore((s) => s.printJob);
  useHistoryKeys();
  const intl = useWords();
  const openingRoom = <p className="booting">{intl.formatMessage(M.openingRoom)}</p>;
  const updateBar = offline && <UpdateBar store={offline} presenting={presenting} />;

  // A student in a class room sees its own member only: the table is the teacher's screen. While
  // this screen's class-room code loads, a room's address shows neither the table nor the room
  // (whether this browser is the room's teacher or a student is known once it has).
  if (student || opening)
    return (
      <div className="app">
        {updateBar}
        <NoticeBar />
        {opening ? (
          openingRoom
        ) : (
          <Suspense fallback={openingRoom}>
            <StudentView analysis={analysis} />
          </Suspense>
        )}
      </div>
    );

  return (
    <div className="app" data-presenting={presenting || undefined}>
      <SkipLinks />
      <AppHeader {...ports} />
      {updateBar}
      <NoticeBar />
      {inRoom && (
        <Suspense fallback={openingRoom}>
          <RoomPanel analysis={analysis} />
        </Suspense>
      )}
      {/* The explanations are in main too: the sticky outcome stays in view over them. */}
      <main>
        {judgement ? (
          <>
            {presenting && (
              <presenterBar.Panel
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
          </>
        ) : (
          <p role="alert">{intl.formatMessage(M.notJudged)}</p>
        )}
        <ExplainTabs analysis={analysis} />
        {exercises && scenario.exercises.length > 0 && (
          <Suspense
            fallback={
              <section className="panel exercises" aria-labelledby="exercises-heading">
                <h2 id="exercises-heading">{intl.formatMessage(M.exercises)}</h2>
                <p>{intl.formatMessage(M.loadingExercises)}</p>
              </section>
            }
          >
            <ExercisesPanel
              port={exercises}
              analysis={analysis}
              printable={ports.print !== undefined}
            />
          </Suspense>
        )}
      </main>
      <TableHandout linkOf={shareUrlOf} />
      {printJob && (
        <Suspense fallback={null}>
          <ExerciseWorksheet
            answers={printJob === 'worksheet-answers'}
            print={ports.print}
            analysis={analysis}
          />
        </Suspense>
      )}
      <SiteFooter />
    </div>
  );
}
