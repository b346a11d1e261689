/**
 * Download buttons for a chart (SVG and PNG), shared by every chart panel: it exports the chart
 * SVG found in the element it wraps, so a new chart built on ChartSvg gets them by being wrapped.
 */
import { useRef, useState, type ReactNode } from 'react';
import { useScenarioIdIfAny } from '../state/context';
import { useWords } from '../state/words';
import { defineMessages } from '../words/intl';
import { pngFromSvg, saveBlob, SVG_TYPE } from './download';
import './export.css';

/** The download buttons' words, shared with the table's CSV button. */
export const EXPORT_WORDS = defineMessages({
  group: { id: 'export.group', defaultMessage: 'Download {subject}' },
  svg: { id: 'export.svg', defaultMessage: 'Download {subject} as SVG' },
  png: { id: 'export.png', defaultMessage: 'Download {subject} as PNG' },
  failed: { id: 'export.failed', defaultMessage: 'Download failed: {error}' },
  notLoaded: {
    id: 'export.notLoaded',
    defaultMessage: 'the download code did not load (is the network down?); try again',
  },
  notOnScreen: { id: 'export.notOnScreen', defaultMessage: 'the chart is not on screen' },
});

/** A failure the page can name in the reader's language (else the error's own message). */
class Failure extends Error {
  constructor(readonly words: keyof typeof EXPORT_WORDS) {
    super(words);
  }
}

/**
 * The export code (cleaning a chart's SVG into a standalone file) loads when a download is asked
 * for: the first screen never needs it. A failed load says so and is tried again on the next click.
 */
async function loadSvgForExport() {
  try {
    return (await import('./exportSvg')).svgForExport;
  } catch {
    throw new Failure('notLoaded');
  }
}

/** The chart's own SVG (ChartSvg names it), not a legend mark inside its caption. */
export const chartSvgIn = (el: Element | null): SVGSVGElement | null =>
  el?.querySelector<SVGSVGElement>('svg[aria-labelledby]') ?? null;

export interface ExportButtonsProps {
  /** Names the chart in the buttons' names: "the hemicycle" gives "Download the hemicycle as SVG". */
  readonly subject: string;
  /** File name without extension; the scenario's id, when there is one, is put in front. */
  readonly fileName: string;
  /** The SVG to export, looked up at click time (the chart may re-render in between). */
  readonly svg: () => SVGSVGElement | null;
}

export function ExportButtons({ subject, fileName, svg }: ExportButtonsProps) {
  const intl = useWords();
  const scenarioId = useScenarioIdIfAny();
  const [error, setError] = useState<string | null>(null);
  const base = scenarioId ? `${scenarioId}-${fileName}` : fileName;
  const exported = async () => {
    // The chart as it is at the click, before the export code loads.
    const el = svg();
    if (!el) throw new Failure('notOnScreen');
    const svgForExport = await loadSvgForExport();
    return svgForExport(el);
  };
  const run = (job: () => Promise<void>) => async () => {
    setError(null);
    try {
      await job();
    } catch (e) {
      setError(
        e instanceof Failure
          ? intl.formatMessage(EXPORT_WORDS[e.words])
          : e instanceof Error
            ? e.message
            : String(e),
      );
    }
  };
  return (
    <div
      className="export-buttons"
      role="group"
      aria-label={intl.formatMessage(EXPORT_WORDS.group, { subject })}
    >
      <button
        type="button"
        aria-label={intl.formatMessage(EXPORT_WORDS.svg, { subject })}
        onClick={run(async () =>
          saveBlob(new Blob([(await exported()).text], { type: SVG_TYPE }), `${base}.svg`),
        )}
      >
        SVG
      </button>
      <button
        type="button"
        aria-label={intl.formatMessage(EXPORT_WORDS.png, { subject })}
        onClick={run(async () => {
          const { text, width, height } = await exported();
          saveBlob(await pngFromSvg(text, width, height), `${base}.png`);
        })}
      >
        PNG
      </button>
      {error && <span role="alert">{intl.formatMessage(EXPORT_WORDS.failed, { error })}</span>}
    </div>
  );
}

/** Wraps a chart and puts its download buttons above it. */
export function Exportable({
  subject,
  fileName,
  children,
}: Omit<ExportButtonsProps, 'svg'> & { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div className="exportable">
      <ExportButtons subject={subject} fileName={fileName} svg={() => chartSvgIn(ref.current)} />
      <div ref={ref}>{children}</div>
    </div>
  );
}
