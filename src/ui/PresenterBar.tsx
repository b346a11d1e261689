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
import { useWords } from '../state/words';
import { seatName } from '../words/allyNames';
import { nounIn } from '../words/format';
import { defineMessages, type MessageDescriptor, type Words } from '../words/intl';
import { positionLabel } from '../words/labels';
import '../words/parts/presenter';
import { useFullscreenRequest } from './fullscreenContext';
import { presenterIntent } from './presenterKeys';

export interface PresenterBarProps {
  readonly scenario: Scenario;
  readonly seats: readonly Seat[];
  /** The selected ally (App keeps it so the ally list can ring it); null: the first in order. */
  readonly selectedId: AllyId | null;
  readonly onSelect: (id: AllyId) => void;
}

const M = defineMessages({
  moveKeys: { id: 'presenter.keys.move', defaultMessage: '← → or J K' },
  move: {
    id: 'presenter.help.move',
    defaultMessage: 'select the previous or next {noun} (Home, End: first, last)',
  },
  cycleKeys: { id: 'presenter.keys.cycle', defaultMessage: 'Space or Enter' },
  cycle: {
    id: 'presenter.help.cycle',
    defaultMessage: 'cycle its position: {support}, {undecided}, {object}',
  },
  set: { id: 'presenter.help.set', defaultMessage: 'set {support}, {undecided} or {object}' },
  help: { id: 'presenter.help.help', defaultMessage: 'show or hide this help' },
  leaveKey: { id: 'presenter.keys.leave', defaultMessage: 'Esc' },
  leave: { id: 'presenter.help.leave', defaultMessage: 'leave presenter mode' },
  heading: { id: 'presenter.heading', defaultMessage: 'Presenter mode' },
  selected: { id: 'presenter.selected', defaultMessage: 'Selected' },
  counted: {
    id: 'presenter.counted',
    defaultMessage: ', {index} of {count}',
    description: 'After the selected ally and its position, for screen readers',
  },
  legendSelect: { id: 'presenter.legend.select', defaultMessage: 'select' },
  legendSpace: { id: 'presenter.legend.space', defaultMessage: 'Space' },
  legendCycle: { id: 'presenter.legend.cycle', defaultMessage: 'cycle' },
  legendSet: { id: 'presenter.legend.set', defaultMessage: 'set' },
  legendLeave: { id: 'presenter.legend.leave', defaultMessage: 'leave' },
  fullScreen: { id: 'presenter.fullScreen', defaultMessage: 'Full screen' },
  keyboardHelp: { id: 'presenter.keyboardHelp', defaultMessage: 'Keyboard help' },
  helpButton: { id: 'presenter.helpButton', defaultMessage: '? Help' },
  leaveMode: { id: 'presenter.leaveMode', defaultMessage: 'Leave presenter mode' },
  leaveButton: { id: 'presenter.leaveButton', defaultMessage: 'Leave' },
  keysHeading: { id: 'presenter.keysHeading', defaultMessage: 'Keys in presenter mode' },
  stillWork: {
    id: 'presenter.stillWork',
    defaultMessage:
      'The radio buttons of each {noun} and the seats of the hemicycle still work too.',
  },
});

const keysFor = (noun: Noun, intl: Words): readonly (readonly [string, string])[] => {
  const positions = {
    support: positionLabel('support', intl),
    undecided: positionLabel('undecided', intl),
    object: positionLabel('object', intl),
  };
  const say = (m: MessageDescriptor, values?: Record<string, string>) =>
    intl.formatMessage(m, values);
  return [
    [say(M.moveKeys), say(M.move, { noun: noun.one, nouns: noun.other })],
    [say(M.cycleKeys), say(M.cycle, positions)],
    ['1 2 3', say(M.set, positions)],
    ['?', say(M.help)],
    [say(M.leaveKey), say(M.leave)],
  ];
};

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
  const intl = useWords();
  const say = (m: MessageDescriptor, values?: Record<string, string | number>) =>
    intl.formatMessage(m, values);
  const noun = nounIn(scenario.memberNoun, intl);

  // Allies in the order the list shows them, so → moves to the tile on the right.
  const order = useMemo(
    () => sortSeats(scenario.members, seats, sortBy, intl).flatMap((i) => seats[i] ?? []),
    [scenario, seats, sortBy, intl],
  );
  const index = Math.max(
    0,
    order.findIndex((s) => s.id === selectedId),
  );
  const selected = order[index];
  const selectedMember = scenario.members.find((m) => m.id === selected?.id);
  const selectedName = selectedMember ? seatName(selectedMember.id, selectedMember.name, intl) : '';

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
        {say(M.heading)}
      </h2>
      <p className="presenter-selected" aria-live="polite" aria-atomic="true">
        <span className="presenter-label">{say(M.selected)} </span>
        <strong>{selectedName}</strong>
        {selected && (
          <span className="presenter-position" data-position={selected.position}>
            {' '}
            {positionLabel(selected.position, intl)}
          </span>
        )}
        <span className="visually-hidden">
          {say(M.counted, { index: index + 1, count: order.length })}
        </span>
      </p>
      {/* Each key stays with its word when the legend folds (presenter.css). */}
      <p className="presenter-legend">
        <span>
          <kbd>←</kbd> <kbd>→</kbd> {say(M.legendSelect)}
        </span>{' '}
        ·{' '}
        <span>
          <kbd>{say(M.legendSpace)}</kbd> {say(M.legendCycle)}
        </span>{' '}
        ·{' '}
        <span>
          <kbd>1</kbd> <kbd>2</kbd> <kbd>3</kbd> {say(M.legendSet)}
        </span>{' '}
        ·{' '}
        <span>
          <kbd>{say(M.leaveKey)}</kbd> {say(M.legendLeave)}
        </span>
      </p>
      <div className="presenter-actions">
        {fullscreen && (
          <button type="button" className="presenter-fullscreen" onClick={fullscreen}>
            {say(M.fullScreen)}
          </button>
        )}
        <button
          type="button"
          aria-expanded={help}
          aria-controls={`${helpId}-help`}
          aria-keyshortcuts="?"
          aria-label={say(M.keyboardHelp)}
          onClick={() => setHelp((h) => !h)}
        >
          {say(M.helpButton)}
        </button>
        <button
          type="button"
          aria-keyshortcuts="Escape"
          aria-label={say(M.leaveMode)}
          onClick={() => setPresenting(false)}
        >
          {say(M.leaveButton)}
        </button>
      </div>
      <div id={`${helpId}-help`} className="presenter-help" hidden={!help}>
        <h3>{say(M.keysHeading)}</h3>
        <dl>
          {keysFor(noun, intl).map(([keys, what]) => (
            <div key={keys}>
              <dt>{keys}</dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <p>{say(M.stillWork, { noun: noun.one })}</p>
      </div>
    </section>
  );
}
