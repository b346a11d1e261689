import { useEffect, useId, useRef, useState } from 'react';
import { problemsShown } from '../scenario/limits';
import type { Parsed, Problem, Scenario } from '../scenario/model';
import { useAppStore, useImported, useOriginalScenario } from '../state/context';
import type { TableState } from '../state/store';
import { useWords } from '../state/words';
import { defineMessages, languageOf } from '../words/intl';
import './scenarioFiles.css';

const M = defineMessages({
  toolbar: { id: 'files.toolbar', defaultMessage: 'Scenario files' },
  importFile: { id: 'files.importLabel', defaultMessage: 'Import scenario file' },
  importShort: { id: 'files.import', defaultMessage: 'Import' },
  importTitle: { id: 'files.importTitle', defaultMessage: 'Import a scenario file (YAML or JSON)' },
  exportShort: { id: 'files.export', defaultMessage: 'Export' },
  exportLabel: { id: 'files.exportLabel', defaultMessage: 'Export scenario (YAML)' },
  exportTitle: {
    id: 'files.exportTitle',
    defaultMessage: 'Export this table as a scenario file (YAML)',
  },
  sources: { id: 'files.downloadSources', defaultMessage: 'Download sources' },
  remove: { id: 'files.removeImported', defaultMessage: 'Remove this imported scenario' },
  reading: { id: 'files.reading', defaultMessage: 'Reading the file…' },
  rejected: {
    id: 'files.rejected',
    defaultMessage:
      '“{file}” is not a valid scenario file, so nothing was changed. {count, plural, one {One problem:} other {{count, number} problems:}}',
    description: 'Followed by the list of problems, in English (the validator’s words)',
  },
  more: { id: 'files.moreProblems', defaultMessage: '… and {count, number} more' },
  dismiss: { id: 'notice.dismiss', defaultMessage: 'Dismiss' },
  tooLarge: {
    id: 'files.tooLargeToShare',
    defaultMessage:
      'This imported scenario is too large to travel in a link ({length, number} characters; a link that carries a scenario is kept within {limit, number}). The address opens it only in this browser: to share it, send the file.',
  },
  downloadFile: { id: 'files.downloadFile', defaultMessage: 'Download the scenario file' },
  drop: {
    id: 'files.dropHint',
    defaultMessage: 'Drop a scenario file (YAML or JSON) to import it',
  },
});

/** How far a share link for the current table gets: whether it can carry an imported scenario. */
export interface ShareReach {
  /** The scenario in play was imported: a link must carry it to open elsewhere. */
  readonly imported: boolean;
  /** The link carries the scenario (it fits within the limit). */
  readonly carries: boolean;
  /** Length of the address that carries the scenario, and the limit. */
  readonly length: number;
  readonly limit: number;
}

/**
 * What the composition root does for this component: read a file the person chose (size checked
 * before reading, the parser loaded lazily), save downloads, and measure share links. Components
 * never touch the File, URL or location APIs themselves.
 */
export interface ScenarioFilesPort {
  read(file: File): Promise<Parsed<Scenario>>;
  exportScenario(scenario: Scenario, table: TableState): Promise<void>;
  downloadSources(scenario: Scenario): Promise<void>;
  shareReach(table: TableState, imported: readonly Scenario[]): ShareReach;
}

interface Rejected {
  readonly fileName: string;
  readonly count: number;
  /** The problems listed (at most MAX_PROBLEMS_SHOWN). */
  readonly shown: readonly Problem[];
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/**
 * Import (file picker, or drop anywhere on the page), export of the table as a scenario file,
 * and the sources as a list. An invalid file lists every problem, `line:column: message`, as the
 * command line does, and changes nothing.
 */
export function ScenarioFiles({ port }: { port: ScenarioFilesPort }) {
  const inputId = useId();
  // The file's own scenario: an export or the sources list is the file, whatever the page's language.
  const scenario = useOriginalScenario();
  const table = useAppStore((s) => s.table);
  const imported = useImported();
  const importScenario = useAppStore((s) => s.importScenario);
  const removeImported = useAppStore((s) => s.removeImported);
  const exportRef = useRef<HTMLButtonElement>(null);
  const [rejected, setRejected] = useState<Rejected | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const intl = useWords();

  const take = async (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (!file) return;
    setBusy(true);
    setRejected(null);
    const parsed = await port.read(file);
    setBusy(false);
    if (parsed.ok) importScenario(parsed.value, { from: 'file', fileName: file.name });
    else
      setRejected({
        fileName: file.name,
        count: parsed.problems.length,
        shown: problemsShown(parsed.problems).shown,
      });
  };

  const takeRef = useRef(take);
  useEffect(() => {
    takeRef.current = take;
  });

  // Drop anywhere: the page shows a hint while a file is dragged over it. Enter and leave fire
  // for every element crossed, so the hint counts them to know when the file has left the page.
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      void takeRef.current(e.dataTransfer?.files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const reach = port.shareReach(table, imported);

  return (
    <div className="scenario-files">
      <div className="toolbar" role="toolbar" aria-label={intl.formatMessage(M.toolbar)}>
        <input
          id={inputId}
          className="file-input"
          type="file"
          aria-label={intl.formatMessage(M.importFile)}
          accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
          onChange={(e) => {
            const input = e.currentTarget;
            void take(input.files).finally(() => {
              // The same file may be chosen again after it was fixed.
              input.value = '';
            });
          }}
        />
        {/* Short on screen (the three groups share one row); the whole names are aria-labels. */}
        <label htmlFor={inputId} className="file-button" title={intl.formatMessage(M.importTitle)}>
          {intl.formatMessage(M.importShort)}
        </label>
        <button
          type="button"
          ref={exportRef}
          onClick={() => void port.exportScenario(scenario, table)}
          title={intl.formatMessage(M.exportTitle)}
          aria-label={intl.formatMessage(M.exportLabel)}
        >
          {intl.formatMessage(M.exportShort)}
        </button>
        <button type="button" onClick={() => void port.downloadSources(scenario)}>
          {intl.formatMessage(M.sources)}
        </button>
        {imported.some((s) => s.id === scenario.id) && (
          <button
            type="button"
            onClick={() => {
              removeImported(scenario.id);
              // The button goes with the scenario: focus stays in the toolbar, not on the page.
              exportRef.current?.focus();
            }}
          >
            {intl.formatMessage(M.remove)}
          </button>
        )}
      </div>
      {busy && <p aria-live="polite">{intl.formatMessage(M.reading)}</p>}
      {rejected && (
        <div className="import-problems" role="alert">
          <p>
            {intl.formatMessage(M.rejected, { file: rejected.fileName, count: rejected.count })}
          </p>
          {/* The validator's words, as the command line gives them: English in any language. */}
          <ul lang={languageOf(intl) === 'en' ? undefined : 'en'}>
            {rejected.shown.map((p, k) => (
              <li key={k}>
                <code>
                  {p.line}:{p.column}: {p.message}
                </code>
              </li>
            ))}
          </ul>
          {rejected.count > rejected.shown.length && (
            <p>{intl.formatMessage(M.more, { count: rejected.count - rejected.shown.length })}</p>
          )}
          <button type="button" onClick={() => setRejected(null)}>
            {intl.formatMessage(M.dismiss)}
          </button>
        </div>
      )}
      {reach.imported && !reach.carries && (
        <p className="share-note">
          {intl.formatMessage(M.tooLarge, { length: reach.length, limit: reach.limit })}{' '}
          <button type="button" onClick={() => void port.exportScenario(scenario, table)}>
            {intl.formatMessage(M.downloadFile)}
          </button>
        </p>
      )}
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          <p>{intl.formatMessage(M.drop)}</p>
        </div>
      )}
    </div>
  );
}
