/**
 * The map panel: loads the atlas and the map's code lazily (neither is in the first-visit bundle),
 * says so while it loads, and says clearly if it could not load, with a way to try again.
 */
import { memo, useCallback } from 'react';
import type { SeatDatum } from '../charts/types';
import { useNearViewport } from './useNearViewport';
import { useWidth } from './useWidth';
import { Exportable } from './ExportButtons';
import type { Noun } from '../scenario/model';
import { useAppStore } from '../state/context';
import { useTableShown } from '../state/table';
import { useWords } from '../state/words';
import { bodyNameIn } from '../words/format';
import { defineMessages } from '../words/intl';
import { ruleLabel } from '../words/rules';
import { seatsOf } from './seats';
import { loadAtlas, useAtlas, type AtlasLoader } from './useAtlas';

// The first visit's words (the panel is on the page at once); the map's own load with it.
const M = defineMessages({
  heading: { id: 'map.heading', defaultMessage: 'Map' },
  loading: { id: 'map.loading', defaultMessage: 'Loading the map…' },
  waiting: { id: 'map.waiting', defaultMessage: 'The map is drawn when you scroll to it.' },
  error: {
    id: 'map.error',
    defaultMessage: 'The map could not be loaded ({message}). Everything else works without it.',
  },
  retry: { id: 'map.retry', defaultMessage: 'Try the map again' },
  subject: {
    id: 'map.exportSubject',
    defaultMessage: 'the map',
    description: 'What the download buttons save',
  },
  title: { id: 'map.title', defaultMessage: '{body} on the map: positions under {rule}' },
});

/** performance.mark name set when the map is first drawn (read by the browser suite). */
export const MAP_READY_MARK = 'nac:map-ready';

export interface MapPanelProps {
  readonly seats: readonly SeatDatum[];
  readonly title: string;
  readonly onCycle: (id: string) => void;
  /** What the body calls its seats. */
  readonly noun?: Noun;
  /** The atlas loader (tests pass a failing or instant one). */
  readonly load?: AtlasLoader;
}

/**
 * Memoised; the caller passes the deferred copy of the seats, so a change paints its radio and
 * banner first, and the map (177 countries, patterned fills) recolours in the render after.
 */
export const MapPanel = memo(function MapPanel({
  seats,
  title,
  onCycle,
  noun,
  load = loadAtlas,
}: MapPanelProps) {
  // On a phone the map sits far below the allies: it loads only as the reader scrolls near it.
  const [nearRef, near] = useNearViewport();
  const [atlas, retry] = useAtlas(load, near);
  const [ref, width] = useWidth();
  const words = useWords();
  const onReady = useCallback(() => {
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
      performance.mark(MAP_READY_MARK);
  }, []);
  // Draw once, at the panel's real width (each width is a new layout); jsdom has no observer.
  const measured = width !== undefined || typeof ResizeObserver === 'undefined';
  const loading = <p className="muted-text">{words.formatMessage(near ? M.loading : M.waiting)}</p>;
  return (
    <section className="panel" aria-labelledby="map-heading" ref={nearRef}>
      <h2 id="map-heading">{words.formatMessage(M.heading)}</h2>
      <div ref={ref}>
        {(atlas.status === 'loading' || (atlas.status === 'ready' && !measured)) && loading}
        {atlas.status === 'error' && (
          <div className="notice" role="alert">
            <p>{words.formatMessage(M.error, { message: atlas.message })}</p>
            <button type="button" className="button" onClick={retry}>
              {words.formatMessage(M.retry)}
            </button>
          </div>
        )}
        {atlas.status === 'ready' && measured && (
          <Exportable subject={words.formatMessage(M.subject)} fileName="map">
            <atlas.map.AllianceMap
              seats={seats}
              atlas={atlas.map.atlas}
              title={title}
              onCycle={onCycle}
              width={width}
              onReady={onReady}
              noun={noun}
            />
          </Exportable>
        )}
      </div>
    </section>
  );
});

/** The map of the table in play (its deferred copy: the map recolours after the click paints). */
export function TableMap() {
  const shown = useTableShown();
  const cyclePosition = useAppStore((s) => s.cyclePosition);
  const { scenario, judgement } = shown;
  const words = useWords();
  const label = judgement ? ruleLabel(judgement.rule, scenario, words) : '';
  return (
    <MapPanel
      seats={seatsOf(shown)}
      title={words.formatMessage(M.title, {
        body: bodyNameIn(scenario.bodyName, words),
        rule: label,
      })}
      onCycle={cyclePosition}
      noun={scenario.memberNoun}
    />
  );
}
