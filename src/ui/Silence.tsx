/**
 * The silence procedure on screen: the teacher puts the question under silence; every screen
 * shows the time left on the server's clock and hears the milestones (a polite live region);
 * a student may break silence for the ally it holds, with a reason; the last round's result.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { breakReason, ROOM_LIMITS } from '../room/limits';
import { runningRound, type RoomSnapshot, type SilenceRound } from '../room/snapshot';
import type { Scenario } from '../scenario/model';
import { useRoom, useRoomPort } from '../state/room';
import { clockTime, roundSentence } from '../words/rounds';
import { useJudgement } from '../state/table';
import { useWords } from '../state/words';
import { memberName, seatName } from '../words/allyNames';
import { defineMessages, languageOf, type MessageDescriptor } from '../words/intl';
import { durationWords, reasonProblem } from '../words/room';
import '../words/parts/room';

const M = defineMessages({
  until: {
    id: 'silence.until',
    defaultMessage: 'The question is under silence until {time}.',
  },
  oneMinute: { id: 'silence.oneMinuteLeft', defaultMessage: 'One minute of silence left.' },
  secondsLeft: {
    id: 'silence.secondsLeft',
    defaultMessage: '{seconds} seconds of silence left.',
  },
  countdown: {
    id: 'silence.countdown',
    defaultMessage: 'Under silence: {time} left',
    description: 'time: the countdown, m:ss',
  },
  timer: { id: 'silence.timer', defaultMessage: 'Time left in silence' },
  heading: { id: 'silence.heading', defaultMessage: 'Silence procedure' },
  extend: { id: 'silence.extend', defaultMessage: 'Extend by 1 minute' },
  cancel: { id: 'silence.cancel', defaultMessage: 'Cancel the round' },
  consensusOnly: {
    id: 'silence.consensusOnly',
    defaultMessage:
      'The silence procedure decides under the consensus rule: choose it to hold a round.',
  },
  deadline: { id: 'silence.deadline', defaultMessage: 'Deadline' },
  start: { id: 'silence.start', defaultMessage: 'Put the question under silence' },
  objecting: {
    id: 'silence.objecting',
    defaultMessage: 'A round cannot start while an ally objects: {names}.',
  },
  ask: {
    id: 'silence.ask',
    defaultMessage:
      'If {name} cannot accept the decision, break silence and say why. Otherwise stay silent: when the time runs out, the decision is adopted.',
  },
  reason: { id: 'silence.reason', defaultMessage: 'Your reason' },
  break: { id: 'silence.break', defaultMessage: 'Break silence' },
  holdsNone: {
    id: 'silence.holdsNone',
    defaultMessage: 'You hold no ally in this round: the allies no one holds stay silent.',
  },
});

/** Deadlines a teacher can choose, in seconds (two minutes first: the usual classroom round). */
const DEADLINES = [120, 60, 30, 15, 300] as const;

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
  const intl = useWords();
  const said =
    reached === undefined
      ? intl.formatMessage(M.until, { time: clockTime(round.deadline) })
      : reached === 60
        ? intl.formatMessage(M.oneMinute)
        : intl.formatMessage(M.secondsLeft, { seconds: reached });
  // The sentence around the timer, whole in each language: split where the timer goes.
  const [before, after] = intl.formatMessage(M.countdown, { time: '\u0000' }).split('\u0000');
  return (
    <div className="silence-countdown">
      {/* role="timer" is not announced as it ticks; the milestones are, in the live region. */}
      <p>
        {before}
        <span role="timer" aria-label={intl.formatMessage(M.timer)}>
          {left(seconds)}
        </span>
        {after}
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
  const intl = useWords();
  if (!last || last.result === undefined) return null;
  return (
    <p className="silence-result" data-result={last.result}>
      {roundSentence(last, (id) => memberName(scenario.members, id, intl), intl)}
    </p>
  );
}

/** The teacher's part: start a round (under the consensus rule, when no ally objects), extend, cancel. */
export function TeacherSilence({ scenario }: { scenario: Scenario }) {
  const port = useRoomPort();
  const room = useRoom((r) => r.room);
  const clockOffset = useRoom((r) => r.clockOffset);
  const judgement = useJudgement();
  const [seconds, setSeconds] = useState<number>(DEADLINES[0]);
  const selectId = useId();
  const intl = useWords();
  if (!port) return null;
  const say = (m: MessageDescriptor, values?: Record<string, string>) =>
    intl.formatMessage(m, values);
  const round = runningRound(room);
  const consensus = judgement?.rule.rule.kind === 'consensus';
  const objecting = (judgement?.table.seats ?? [])
    .filter((s) => s.position === 'object')
    .map((s) => memberName(scenario.members, s.id, intl));
  return (
    <div className="silence" role="group" aria-labelledby={`${selectId}-heading`}>
      <h3 id={`${selectId}-heading`}>{say(M.heading)}</h3>
      {round ? (
        <>
          <Countdown round={round} clockOffset={clockOffset} />
          <div className="toolbar">
            <button type="button" onClick={() => port.act({ type: 'extend', seconds: 60 })}>
              {say(M.extend)}
            </button>
            <button type="button" onClick={() => port.act({ type: 'cancel-silence' })}>
              {say(M.cancel)}
            </button>
          </div>
        </>
      ) : !consensus ? (
        <p>{say(M.consensusOnly)}</p>
      ) : (
        <>
          <div className="toolbar">
            <label htmlFor={selectId}>{say(M.deadline)}</label>
            <select
              id={selectId}
              value={seconds}
              onChange={(e) => setSeconds(Number(e.target.value))}
            >
              {DEADLINES.map((s) => (
                <option key={s} value={s}>
                  {durationWords(s, intl)}
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
              {say(M.start)}
            </button>
          </div>
          {objecting.length > 0 && (
            <p id={`${selectId}-why`}>
              {say(M.objecting, {
                // English has always listed them with commas only.
                names:
                  languageOf(intl) === 'en'
                    ? objecting.join(', ')
                    : intl.formatList(objecting, { type: 'conjunction' }),
              })}
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
  const intl = useWords();
  if (!port) return null;
  const round = runningRound(room);
  if (!round) return <LastRound room={room} scenario={scenario} />;
  const say = (m: MessageDescriptor, values?: Record<string, string>) =>
    intl.formatMessage(m, values);
  const held = scenario.members.find((m) => m.id === holds);
  const nameOf = held && seatName(held.id, held.name, intl);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = breakReason(reason);
    if (checked === null) setProblem(reasonProblem(intl));
    else {
      setProblem(null);
      port.act({ type: 'break', reason: checked });
    }
  };
  return (
    <div className="silence silence-card" role="group" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{say(M.heading)}</h2>
      <Countdown round={round} clockOffset={clockOffset} />
      {nameOf ? (
        <form onSubmit={submit}>
          <p>{say(M.ask, { name: nameOf })}</p>
          <label className="silence-reason">
            {say(M.reason)}{' '}
            <input
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={ROOM_LIMITS.reasonLength * 2}
              aria-invalid={problem !== null || undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
            />
          </label>{' '}
          <button type="submit" className="silence-break">
            {say(M.break)}
          </button>
          {problem && (
            <p id={`${id}-problem`} role="alert">
              {problem}
            </p>
          )}
        </form>
      ) : (
        <p>{say(M.holdsNone)}</p>
      )}
    </div>
  );
}
