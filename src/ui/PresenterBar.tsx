/**
 * The presenter's strip, loaded when presenter mode first opens (or on a hint of it: a pointer
 * over Present, its focus): the first visit does not carry it.
 */
import type { Noun } from '../scenario/model';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { AllyId, Seat } from '../engine/types';
import type { Scenario } from '../scenario/model';
import { useAppStore } from '../state/context';
import { sortSeats } from './AllyList';
import { POSITION_LABEL } from '../words/labels';
import { useFullscreenRequest } from './fullscreenContext';
import { presenterIntent } from './presenterKeys';

export interface PresenterBarProps {
  readonly scenario: Scenario;
  readonly seats: readonly Seat[];
  /** The selected ally (App keeps it so the ally list can ring it); null: the first in order. */
  readonly selectedId: AllyId | null;
  readonly onSelect: (id: AllyId) => void;
}

const keysFor = (noun: Noun): readonly (readonly [string, string])[] => [
  ['← → or J K', `select the previous or next ${noun.one} (Home, End: first, last)`],
  ['Space or Enter', 'cycle its position: Support, Undecided, Object'],
  ['1 2 3', 'set Support, Undecided or Object'],
  ['?', 'show or hide this help'],
  ['Esc', 'leave presenter mode'],
];

/** The presenter's strip: the selected ally (announced), the key legend, help and Leave. */
export function PresenterBar({ scenario, seats, selectedId, onSelect }: PresenterBarProps) {
  const sortBy = useAppStore((s) => s.sortBy);
  const setPresenting = useAppStore((s) => s.setPresenting);
  const setPosition = useAppStore((s) => s.setPosition);
  const cyclePosition = useAppStore((s) => s.cyclePosition);
  // Full screen needs a click (a presenter link opens in the window): offered here while it is
  // off and the browser has it; the button hides itself in full screen (presenter.css).
  const fullscreen = useFullscreenRequest();
  const [help, setHelp] = useState(false);
  const helpId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Allies in the order the list shows them, so → moves to the tile on the right.
  const order = useMemo(
    () => sortSeats(scenario.members, seats, sortBy).flatMap((i) => seats[i] ?? []),
    [scenario, seats, sortBy],
  );
  const index = Math.max(
    0,
    order.findIndex((s) => s.id === selectedId),
  );
  const selected = order[index];
  const selectedName = scenario.members.find((m) => m.id === selected?.id)?.name ?? '';

  // The ring follows what the strip says is selected (the first ally until one is chosen).
  useEffect(() => {
    if (selected && selected.id !== selectedId) onSelect(selected.id);
  }, [selected, selectedId, onSelect]);

  // Entering moves the focus here: the chrome that had it is hidden now.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  useEffect(() => {
    const select = (i: number) => {
      const seat = order[Math.max(0, Math.min(order.length - 1, i))];
      if (seat) onSelect(seat.id);
    };
    const onKey = (e: KeyboardEvent) => {
      const intent = presenterIntent(e);
      if (!intent) return;
      e.preventDefault();
      switch (intent.kind) {
        case 'move':
          return select(index + intent.by);
        case 'first':
          return select(0);
        case 'last':
          return select(order.length - 1);
        case 'cycle':
          if (selected) cyclePosition(selected.id);
          return;
        case 'set':
          if (selected) setPosition(selected.id, intent.position);
          return;
        case 'help':
          return setHelp((h) => !h);
        case 'leave':
          if (help) return setHelp(false);
          return setPresenting(false);
      }
    };
    // Tabbing to (or clicking) an ally's radios selects that ally.
    const onFocusIn = (e: FocusEvent) => {
      const t = e.target as { name?: unknown; type?: unknown } | null;
      if (t?.type !== 'radio' || typeof t.name !== 'string') return;
      const id = t.name.replace(/^position-/, '');
      const seat = order.find((s) => s.id === id);
      if (seat && seat.id !== selected?.id) onSelect(seat.id);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('focusin', onFocusIn);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('focusin', onFocusIn);
    };
  }, [order, index, selected, help, onSelect, cyclePosition, setPosition, setPresenting]);

  return (
    <section className="presenter-bar" aria-labelledby={`${helpId}-heading`}>
      <h2 id={`${helpId}-heading`} ref={headingRef} tabIndex={-1} className="visually-hidden">
        Presenter mode
      </h2>
      <p className="presenter-selected" aria-live="polite" aria-atomic="true">
        <span className="presenter-label">Selected </span>
        <strong>{selectedName}</strong>
        {selected && (
          <span className="presenter-position" data-position={selected.position}>
            {' '}
            {POSITION_LABEL[selected.position]}
          </span>
        )}
        <span className="visually-hidden">
          , {index + 1} of {order.length}
        </span>
      </p>
      <p className="presenter-legend">
        <kbd>←</kbd> <kbd>→</kbd> select · <kbd>Space</kbd> cycle · <kbd>1</kbd> <kbd>2</kbd>{' '}
        <kbd>3</kbd> set · <kbd>Esc</kbd> leave
      </p>
      <div className="presenter-actions">
        {fullscreen && (
          <button type="button" className="presenter-fullscreen" onClick={fullscreen}>
            Full screen
          </button>
        )}
        <button
          type="button"
          aria-expanded={help}
          aria-controls={`${helpId}-help`}
          aria-keyshortcuts="?"
          aria-label="Keyboard help"
          onClick={() => setHelp((h) => !h)}
        >
          ? Help
        </button>
        <button
          type="button"
          aria-keyshortcuts="Escape"
          aria-label="Leave presenter mode"
          onClick={() => setPresenting(false)}
        >
          Leave
        </button>
      </div>
      <div id={`${helpId}-help`} className="presenter-help" hidden={!help}>
        <h3>Keys in presenter mode</h3>
        <dl>
          {keysFor(scenario.memberNoun).map(([keys, what]) => (
            <div key={keys}>
              <dt>{keys}</dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <p>
          The radio buttons of each {scenario.memberNoun.one} and the seats of the hemicycle still
          work too.
        </p>
      </div>
    </section>
  );
}
