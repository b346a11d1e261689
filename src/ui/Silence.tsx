/**
 * The silence procedure on screen: the teacher puts the question under silence; every screen
 * shows the time left on the server's clock and hears the milestones (a polite live region);
 * a student may break silence for the ally it holds, with a reason; the last round's result.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { breakReason, REASON_RULE, ROOM_LIMITS } from '../room/limits';
import { runningRound, type RoomSnapshot, type SilenceRound } from '../room/snapshot';
import type { Scenario } from '../scenario/model';
import { useRoom, useRoomPort } from '../state/room';
import { clockTime, roundSentence } from '../words/rounds';
import { useJudgement } from '../state/table';

/** Deadlines a teacher can choose, in seconds (two minutes first: the usual classroom round). */
const DEADLINES = [
  [120, '2 minutes'],
  [60, '1 minute'],
  [30, '30 seconds'],
  [15, '15 seconds'],
  [300, '5 minutes'],
] as const;

/** Milestones announced as the deadline nears, in seconds left. */
const MILESTONES = [60, 30, 10] as const;

/** m:ss */
const left = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Seconds left on the server's clock, ticking. */
function useSecondsLeft(round: SilenceRound | null, clockOffset: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!round) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [round]);
  return round ? Math.max(0, Math.ceil((round.deadline - (now + clockOffset)) / 1000)) : 0;
}

/** The countdown and its announcements, on every screen while a round runs. */
function Countdown({ round, clockOffset }: { round: SilenceRound; clockOffset: number }) {
  const seconds = useSecondsLeft(round, clockOffset);
  // What the live region says: the deadline at first, then each milestone as it is reached
  // (those shorter than the round itself; an extension goes back to the deadline's words).
  const total = Math.ceil((round.deadline - round.started) / 1000);
  const reached = MILESTONES.filter((m) => m < total && seconds <= m).at(-1);
  const said =
    reached === undefined
      ? `The question is under silence until ${clockTime(round.deadline)}.`
      : reached === 60
        ? 'One minute of silence left.'
        : `${reached} seconds of silence left.`;
  return (
    <div className="silence-countdown">
      {/* role="timer" is not announced as it ticks; the milestones are, in the live region. */}
      <p>
        Under silence:{' '}
        <span role="timer" aria-label="Time left in silence">
          {left(seconds)}
        </span>{' '}
        left
      </p>
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </div>
  );
}

/** The last finished round's result, announced when it comes. */
function LastRound({ room, scenario }: { room: RoomSnapshot; scenario: Scenario }) {
  const last = room.rounds.at(-1);
  if (!last || last.result === undefined) return null;
  const nameOf = (id: string) => scenario.members.find((m) => m.id === id)?.name ?? id;
  return (
    <p className="silence-result" data-result={last.result}>
      {roundSentence(last, nameOf)}
    </p>
  );
}

/** The teacher's part: start a round (under the consensus rule, when no ally objects), extend, cancel. */
export function TeacherSilence({ scenario }: { scenario: Scenario }) {
  const port = useRoomPort();
  const room = useRoom((r) => r.room);
  const clockOffset = useRoom((r) => r.clockOffset);
  const judgement = useJudgement();
  const [seconds, setSeconds] = useState<number>(DEADLINES[0][0]);
  const selectId = useId();
  if (!port) return null;
  const round = runningRound(room);
  const consensus = judgement?.rule.rule.kind === 'consensus';
  const objecting = (judgement?.table.seats ?? [])
    .filter((s) => s.position === 'object')
    .map((s) => scenario.members.find((m) => m.id === s.id)?.name ?? s.id);
  return (
    <div className="silence" role="group" aria-labelledby={`${selectId}-heading`}>
      <h3 id={`${selectId}-heading`}>Silence procedure</h3>
      {round ? (
        <>
          <Countdown round={round} clockOffset={clockOffset} />
          <div className="toolbar">
            <button type="button" onClick={() => port.act({ type: 'extend', seconds: 60 })}>
              Extend by 1 minute
            </button>
            <button type="button" onClick={() => port.act({ type: 'cancel-silence' })}>
              Cancel the round
            </button>
          </div>
        </>
      ) : !consensus ? (
        <p>The silence procedure decides under the consensus rule: choose it to hold a round.</p>
      ) : (
        <>
          <div className="toolbar">
            <label htmlFor={selectId}>Deadline</label>
            <select
              id={selectId}
              value={seconds}
              onChange={(e) => setSeconds(Number(e.target.value))}
            >
              {DEADLINES.map(([s, words]) => (
                <option key={s} value={s}>
                  {words}
                </option>
              ))}
            </select>
            <button
              type="button"
              aria-disabled={objecting.length > 0 || undefined}
              aria-describedby={objecting.length > 0 ? `${selectId}-why` : undefined}
              onClick={() => {
                if (objecting.length === 0) port.act({ type: 'silence', seconds });
              }}
            >
              Put the question under silence
            </button>
          </div>
          {objecting.length > 0 && (
            <p id={`${selectId}-why`}>
              A round cannot start while an ally objects: {objecting.join(', ')}.
            </p>
          )}
        </>
      )}
      <LastRound room={room} scenario={scenario} />
    </div>
  );
}

/** A student's part: the countdown, and breaking silence for the ally it holds. */
export function StudentSilence({
  scenario,
  holds,
}: {
  scenario: Scenario;
  holds: string | undefined;
}) {
  const port = useRoomPort();
  const room = useRoom((r) => r.room);
  const clockOffset = useRoom((r) => r.clockOffset);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  if (!port) return null;
  const round = runningRound(room);
  if (!round) return <LastRound room={room} scenario={scenario} />;
  const nameOf = scenario.members.find((m) => m.id === holds)?.name;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = breakReason(reason);
    if (checked === null) setProblem(`Please check your reason: ${REASON_RULE}.`);
    else {
      setProblem(null);
      port.act({ type: 'break', reason: checked });
    }
  };
  return (
    <div className="silence silence-card" role="group" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Silence procedure</h2>
      <Countdown round={round} clockOffset={clockOffset} />
      {nameOf ? (
        <form onSubmit={submit}>
          <p>
            If {nameOf} cannot accept the decision, break silence and say why. Otherwise stay
            silent: when the time runs out, the decision is adopted.
          </p>
          <label className="silence-reason">
            Your reason{' '}
            <input
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={ROOM_LIMITS.reasonLength * 2}
              aria-invalid={problem !== null || undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
            />
          </label>{' '}
          <button type="submit" className="silence-break">
            Break silence
          </button>
          {problem && (
            <p id={`${id}-problem`} role="alert">
              {problem}
            </p>
          )}
        </form>
      ) : (
        <p>You hold no ally in this round: the allies no one holds stay silent.</p>
      )}
    </div>
  );
}
