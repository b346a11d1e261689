import { memo, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { POSITIONS, type Member, type Position, type Seat } from '../engine/types';
import type { Outcome } from '../engine/outcome';
import type { Scenario, SourceEntry, Stance } from '../scenario/model';
import { useAppStore } from '../state/context';
import { useRoom } from '../state/room';
import type { SortKey } from '../state/persistence';
import { evidenceHint, evidenceLabel, positionLabel } from '../words/labels';
import { seatName } from '../words/allyNames';
import { useWords } from '../state/words';
import { defineMessages, ENGLISH, languageOf, type Language, type Words } from '../words/intl';
import { textLanguageOf } from '../scenario/translate';

const TAG = defineMessages({
  blocking: { id: 'allyRow.blocking', defaultMessage: 'blocking' },
  aStudent: {
    id: 'allyRow.aStudent',
    defaultMessage: 'a student',
    description: 'In a class room: a student whose name is not known yet',
  },
  pivotal: { id: 'allyRow.pivotal', defaultMessage: 'pivotal' },
  follows: { id: 'allyRow.follows', defaultMessage: 'follows {leader}' },
  changedInRoom: { id: 'allyRow.changedInRoom', defaultMessage: 'changed in the room' },
  changedByYou: { id: 'allyRow.changedByYou', defaultMessage: 'changed by you' },
  heldBy: {
    id: 'allyRow.heldBy',
    defaultMessage: 'held by {holders}',
    description: 'In a class room: the students who hold this ally, by name',
  },
});

const NOTE = defineMessages({
  open: {
    id: 'allyRow.noteOpen',
    defaultMessage:
      ': {kind, select, assumed {why this default} sources {note and sources ({count, number})} other {note}} for {name}',
    description: 'Read after the evidence chip, for a screen reader: what the chip opens',
  },
  assumed: {
    id: 'allyRow.assumedNote',
    defaultMessage: "Not named in the sources: takes the scenario's default stance.",
  },
});
import './allies.css';

const ORDER: Record<Position, number> = { object: 0, undecided: 1, support: 2 };

/** The seats' order for a sort key, by name in the reader's language (French names, French order). */
export function sortSeats(
  members: readonly Member[],
  seats: readonly Seat[],
  by: SortKey,
  words: Words = ENGLISH,
): number[] {
  const idx = members.map((_, i) => i);
  const names = members.map((m) => seatName(m.id, m.name, words));
  const name = (i: number) => names[i] ?? '';
  const locale = languageOf(words);
  switch (by) {
    case 'table':
      return idx;
    case 'name':
      return idx.sort((a, b) => name(a).localeCompare(name(b), locale));
    case 'position':
      return idx.sort(
        (a, b) =>
          ORDER[seats[a]?.position ?? 'support'] - ORDER[seats[b]?.position ?? 'support'] ||
          name(a).localeCompare(name(b), locale),
      );
    case 'accession':
      return idx.sort(
        (a, b) =>
          (members[a]?.joined ?? '').localeCompare(members[b]?.joined ?? '') ||
          name(a).localeCompare(name(b), locale),
      );
  }
}

interface Props {
  readonly scenario: Scenario;
  readonly seats: readonly Seat[];
  readonly outcome: Outcome;
  /** The ally the presenter has selected (ringed, kept in view), if any. */
  readonly selectedId?: string | null;
  /** Only the members whose name holds this text (a large body's find box); '' for all. */
  readonly filter?: string;
}

/** Does a member's name hold the typed text (case and accents aside)? */
export function nameMatches(name: string, filter: string): boolean {
  const plain = (x: string) => x.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return plain(name).includes(plain(filter.trim()));
}

/** Does a member answer to the typed text, by its scenario's name or its name on the page? */
export const memberMatches = (
  member: { readonly id: string; readonly name: string },
  filter: string,
  intl: Words,
): boolean =>
  nameMatches(member.name, filter) || nameMatches(seatName(member.id, member.name, intl), filter);

/**
 * Every ally at the table, one line each: name and tags, the evidence chip (which opens the note
 * and the sources below the row) and a radio group of positions.
 */
export function AllyList({ scenario, seats, outcome, selectedId = null, filter = '' }: Props) {
  const sortBy = useAppStore((s) => s.sortBy);
  const changes = useAppStore((s) => s.table.changes);
  const intl = useWords();
  // In a class room: who holds each member (the teacher's table shows it on the rows).
  const holders = useRoom((r) => (r.code === null ? null : r.room.holders));
  const people = useRoom((r) => r.room.people);
  const heldBy = useMemo(() => {
    const names = new Map<string, string[]>();
    for (const [student, m] of Object.entries(holders ?? {}))
      names.set(m, [...(names.get(m) ?? []), people[student] ?? intl.formatMessage(TAG.aStudent)]);
    return names;
  }, [holders, people, intl]);
  const order = useMemo(() => {
    const sorted = sortSeats(scenario.members, seats, sortBy, intl);
    return filter.trim() === ''
      ? sorted
      : sorted.filter((i) => {
          const member = scenario.members[i];
          return member !== undefined && memberMatches(member, filter, intl);
        });
  }, [scenario, seats, sortBy, filter, intl]);
  const blockers = new Set<string>(outcome.blockers);
  // When every ally is pivotal (any objection would block), the tag tells nothing: it is left off.
  const pivotal = new Set<string>(
    outcome.pivotal.length < scenario.members.length ? outcome.pivotal : [],
  );
  return (
    <ul className="ally-list">
      {order.map((i) => {
        const member = scenario.members[i];
        const seat = seats[i];
        const stance = scenario.stances[i];
        if (!member || !seat || !stance) return null;
        const leaderMember = seat.leader
          ? scenario.members.find((m) => m.id === seat.leader)
          : undefined;
        const leader = leaderMember && seatName(leaderMember.id, leaderMember.name, intl);
        return (
          <AllyRow
            key={member.id}
            member={member}
            position={seat.position}
            leaderName={leader ?? null}
            stance={stance}
            sources={scenario.sources}
            // The outcome may be a frame behind the seats (App defers it); a blocker always
            // objects, so an ally just moved off Object never shows as blocking meanwhile.
            blocker={blockers.has(member.id) && seat.position === 'object'}
            pivotal={pivotal.has(member.id)}
            changed={changes[member.id]?.position !== undefined}
            inRoom={holders !== null}
            holders={heldBy.get(member.id)?.join(', ') ?? null}
            selected={member.id === selectedId}
            noteLanguage={textLanguageOf(scenario)}
          />
        );
      })}
    </ul>
  );
}

interface RowProps {
  readonly member: Member;
  readonly position: Position;
  readonly leaderName: string | null;
  readonly stance: Stance;
  readonly sources: readonly SourceEntry[];
  readonly blocker: boolean;
  readonly pivotal: boolean;
  readonly changed: boolean;
  readonly selected: boolean;
  /** Positions cannot be changed now (a class room's teacher has locked them). */
  readonly locked?: boolean;
  /** The note and sources open from the start (a student's own member: what to argue from). */
  readonly noteOpen?: boolean;
  /** In a class room, where a change may be anyone's: the tag says "changed", not "by you". */
  readonly inRoom?: boolean;
  /** The students who hold this member in a class room, by name. */
  readonly holders?: string | null;
  /** The language of the note: English unless the file translates it (translate.ts). */
  readonly noteLanguage?: Language;
}

/** One member's row; also a student's own card in a class room (src/ui/StudentView.tsx). */
export const AllyRow = memo(function AllyRow({
  member,
  position,
  leaderName,
  stance,
  sources,
  blocker,
  pivotal,
  changed,
  selected,
  locked = false,
  noteOpen = false,
  inRoom = false,
  holders = null,
  noteLanguage = 'en',
}: RowProps) {
  const setPosition = useAppStore((s) => s.setPosition);
  const intl = useWords();
  // The seat's name in the page's language: the radiogroup's name ("Allemagne" in French).
  const name = seatName(member.id, member.name, intl);
  const rowRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    // jsdom has no scrollIntoView.
    if (selected) rowRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);
  const nameId = `ally-name-${member.id}`;
  const cited = citedOf(stance.sources, sources);
  const grade = stance.evidence;
  return (
    <li ref={rowRef} className="ally" data-blocker={blocker} data-selected={selected || undefined}>
      {/* One line, name then tags, cut with an ellipsis when too long: a tag that comes or goes
          never changes the row's height, so the rows below do not move and repaint. */}
      <div className="ally-name">
        <span id={nameId}>{name}</span>{' '}
        <span className="tags">
          {/* The role first: a narrow row cuts the end of the line, never "blocking". */}
          {joinTags([
            blocker && <span key="role">{intl.formatMessage(TAG.blocking)}</span>,
            !blocker && pivotal && <span key="role">{intl.formatMessage(TAG.pivotal)}</span>,
            leaderName && (
              <span key="follows">{intl.formatMessage(TAG.follows, { leader: leaderName })}</span>
            ),
            changed && (
              <span key="changed" className="changed">
                {intl.formatMessage(inRoom ? TAG.changedInRoom : TAG.changedByYou)}
              </span>
            ),
            holders && <span key="held">{intl.formatMessage(TAG.heldBy, { holders })}</span>,
          ])}
        </span>
      </div>
      {/* The evidence chip opens the note and the sources, below the row (allies.css). */}
      <details className="ally-meta" open={noteOpen || undefined}>
        <summary>
          <span className="evidence" data-grade={grade} title={evidenceHint(grade, intl)}>
            {evidenceLabel(grade, intl)}
          </span>
          <span className="visually-hidden">
            {intl.formatMessage(NOTE.open, {
              kind: stance.assumed ? 'assumed' : cited.length > 0 ? 'sources' : 'note',
              count: cited.length,
              name,
            })}
          </span>
        </summary>
        <div className="ally-note">
          {stance.assumed && <p>{intl.formatMessage(NOTE.assumed)}</p>}
          {/* The scenario's own words, with any official's words as quoted: English, marked as
              such, unless the file translates them into the page's language. */}
          <p lang={noteLanguage === 'en' ? 'en' : undefined}>{stance.note}</p>
          <SourceList sources={cited} />
        </div>
      </details>
      <div role="radiogroup" aria-labelledby={nameId} className="positions">
        {POSITIONS.map((p) => (
          // The mark (disc, ring, crossed disc) and the bold-width reserve are CSS pseudo-elements,
          // not elements: 93 labels with an SVG each were a fifth of the page's DOM.
          <label
            key={p}
            data-position={p}
            data-checked={position === p}
            data-text={positionLabel(p, intl)}
          >
            <input
              type="radio"
              name={`position-${member.id}`}
              value={p}
              checked={position === p}
              disabled={locked}
              onChange={() => setPosition(member.id, p)}
            />
            {positionLabel(p, intl)}
          </label>
        ))}
      </div>
    </li>
  );
});

/** The row's tags, separated by a middle dot. */
function joinTags(tags: readonly (ReactNode | false | null | undefined | '')[]): ReactNode[] {
  return tags
    .filter((t): t is ReactNode => Boolean(t))
    .flatMap((t, i) =>
      i === 0
        ? [t]
        : [
            ' ',
            <span key={`dot${i}`} aria-hidden="true">
              ·
            </span>,
            ' ',
            t,
          ],
    );
}

/** The sources that `ids` name, in their order (an id the scenario lacks is left out). */
export const citedOf = (ids: readonly string[], sources: readonly SourceEntry[]): SourceEntry[] =>
  ids
    .map((id) => sources.find((s) => s.id === id))
    .filter((s): s is SourceEntry => s !== undefined);

/** Sources as a list, one line each; nothing when there are none. */
export function SourceList({ sources }: { sources: readonly SourceEntry[] }) {
  if (sources.length === 0) return null;
  return (
    <ul>
      {sources.map((s) => (
        <li key={s.id}>
          <SourceLine source={s} />
        </li>
      ))}
    </ul>
  );
}

/** A source as text: title, publisher, date, and its address as a link when it has one. */
export function SourceLine({ source }: { source: SourceEntry }) {
  const meta = [source.publisher, source.date].filter(Boolean).join(', ');
  return (
    <>
      {source.url ? (
        <a href={source.url} rel="noreferrer noopener" target="_blank">
          {source.title}
        </a>
      ) : (
        source.title
      )}
      {meta && ` (${meta})`}
    </>
  );
}
