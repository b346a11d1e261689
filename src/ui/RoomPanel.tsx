/**
 * A class room, as its teacher sees it above the table: the room code, the join link and its QR
 * code; who holds which member; and the teacher's controls (lock, reveal, end). The table below
 * is the room's own: the teacher's changes go to every screen, and the students' come in.
 */
import { useId, useState } from 'react';
import type { Action } from '../room/authority';
import { tallyAnswers } from '../room/answers';
import { runningRound, type RoomSnapshot } from '../room/snapshot';
import type { AnalysisClient } from '../state/analysis';
import { useCatalog, useScenario } from '../state/context';
import { useTableNow } from '../state/table';
import { statusSentence } from '../words/outcome';
import { answeredSentence, debriefMarkdown, leaveRoomWords, sayPhrase } from '../words/room';
import { memberName } from '../words/allyNames';
import { capitalise, nounIn } from '../words/format';
import { defineMessages, type MessageDescriptor, type Words } from '../words/intl';
import '../words/parts/room';
import { ruleLabel, ruleNameOf } from '../words/rules';
import { useRoom, useRoomPort, type RoomPort } from '../state/room';
import { useWords } from '../state/words';
import type { Exercise, Scenario } from '../scenario/model';
import { answerSourceOf, AnswersContext, useExerciseAnswer } from './exerciseAnswers';
import { PLAYED } from './ExercisesPanel';
import { QrCode } from './QrCode';
import { TeacherSilence } from './Silence';
import './room.css';

const M = defineMessages({
  heading: { id: 'room.heading', defaultMessage: 'Class room' },
  code: { id: 'room.code', defaultMessage: 'Room code' },
  joinLink: { id: 'room.joinLink', defaultMessage: 'Join link:' },
  qr: { id: 'room.qr', defaultMessage: 'QR code of the join link for room {code}' },
  debrief: { id: 'room.debrief.download', defaultMessage: 'Download the debrief' },
  debriefFile: { id: 'room.debrief.file', defaultMessage: 'class-room-{code}-debrief.md' },
  studentLeft: { id: 'room.studentLeft', defaultMessage: 'a student who left' },
  exercise: { id: 'room.exercise.label', defaultMessage: 'Exercise for the room' },
  noExercise: { id: 'room.exercise.none', defaultMessage: 'None' },
  opening: { id: 'room.state.opening', defaultMessage: 'Opening the room…' },
  live: { id: 'room.state.live', defaultMessage: 'Live' },
  reconnecting: { id: 'room.state.reconnecting', defaultMessage: 'Connection lost: reconnecting…' },
  ended: { id: 'room.state.ended', defaultMessage: 'This room has ended.' },
  leaveIt: { id: 'room.leave.confirm', defaultMessage: 'Leave it' },
  stay: { id: 'room.leave.stay', defaultMessage: 'Stay' },
  leave: { id: 'room.leave', defaultMessage: 'Leave the room' },
  deleted: {
    id: 'room.ended.deleted',
    defaultMessage:
      'The room and its log are deleted from the server; this screen keeps the final table.',
  },
  controls: { id: 'room.controls', defaultMessage: 'Room controls' },
  lock: { id: 'room.lock', defaultMessage: 'Lock positions' },
  reveal: { id: 'room.reveal', defaultMessage: 'Reveal the outcome' },
  endAsk: {
    id: 'room.end.ask',
    defaultMessage:
      'End the room for everyone? It is deleted from the server with its log: download the debrief first if you want it.',
  },
  endIt: { id: 'room.end.confirm', defaultMessage: 'End it' },
  keepIt: { id: 'room.end.keep', defaultMessage: 'Keep it' },
  end: { id: 'room.end', defaultMessage: 'End the room' },
  students: { id: 'room.students', defaultMessage: 'Students ({count})' },
  noStudents: {
    id: 'room.students.none',
    defaultMessage: 'No one has joined yet: students open the join link or scan the code.',
  },
  heldBy: {
    id: 'room.student.holds',
    defaultMessage: '{noun} held by {name}',
    description: 'noun: the body’s noun, capitalised (Ally)',
  },
  holdsNone: { id: 'room.student.holdsNone', defaultMessage: 'No {noun}' },
  bigQr: { id: 'room.qr.large', defaultMessage: 'Large QR code' },
});

/** The room code, large, named for assistive technology (a contract of DESIGN.md). */
export function RoomCode({ code }: { code: string }) {
  const labelId = useId();
  const intl = useWords();
  return (
    <p className="room-code-line">
      <span id={labelId}>{intl.formatMessage(M.code)}</span>{' '}
      <span className="room-code" role="group" aria-labelledby={labelId}>
        {code}
      </span>
    </p>
  );
}

/** The join link, as text and as a QR code: what students need to come in. */
function joinParts(code: string, port: RoomPort, intl: Words) {
  const url = port.joinUrl(code);
  return {
    link: (
      <p className="room-link">
        {intl.formatMessage(M.joinLink)} <a href={url}>{url}</a>
      </p>
    ),
    qr: <QrCode text={url} label={intl.formatMessage(M.qr, { code })} />,
  };
}

/** The debrief button: the log, the rounds and the final table's link, as a Markdown file. */
function DebriefButton({ code, port }: { code: string; port: RoomPort }) {
  const { scenario, judgement, words } = useTableNow();
  const room = useRoom((r) => r.room);
  const catalog = useCatalog();
  const intl = useWords();
  if (!judgement) return null;
  const save = () => {
    const rule = (id: string) => ruleNameOf(scenario, id, intl);
    const text = debriefMarkdown({
      code,
      title: scenario.title,
      ruleLabel: ruleLabel(judgement.rule, scenario, intl),
      outcome: statusSentence(judgement.outcome, words),
      link: port.tableLink(),
      room,
      log: port.log(),
      at: Date.now(),
      words: intl,
      names: {
        member: (id) => memberName(scenario.members, id, intl),
        rule,
        scenario: (id) => catalog.find((s) => s.id === id)?.title ?? id,
        student: (id) => room.people[id] ?? intl.formatMessage(M.studentLeft),
      },
    });
    port.download(intl.formatMessage(M.debriefFile, { code }), text);
  };
  return (
    <button type="button" onClick={save}>
      {intl.formatMessage(M.debrief)}
    </button>
  );
}

/**
 * The teacher puts one of the scenario's exercises to the room (those answered on a phone, not
 * by playing the whole table) and sees how many students have answered it, and how many rightly:
 * this screen judges every response with the engine (a phone only sends what it answered).
 */
function RoomExercise({ scenario, port }: { scenario: Scenario; port: RoomPort }) {
  const room = useRoom((r) => r.room);
  const selectId = useId();
  const intl = useWords();
  const offered = scenario.exercises.filter((e) => !PLAYED.has(e.kind));
  if (offered.length === 0) return null;
  const students = Object.keys(room.people).length;
  const exercise = offered.find((e) => e.id === room.exercise);
  return (
    <div className="room-exercise">
      <label htmlFor={selectId}>{intl.formatMessage(M.exercise)}</label>{' '}
      <select
        id={selectId}
        value={room.exercise ?? ''}
        onChange={(e) => port.act({ type: 'exercise', exercise: e.target.value || null })}
      >
        <option value="">{intl.formatMessage(M.noExercise)}</option>
        {offered.map((e) => (
          <option key={e.id} value={e.id}>
            {e.prompt.length > 70 ? `${e.prompt.slice(0, 69)}…` : e.prompt}
          </option>
        ))}
      </select>
      {exercise && (
        <RoomTally scenario={scenario} exercise={exercise} room={room} students={students} />
      )}
    </div>
  );
}

/**
 * How many have answered, and how many rightly once the exercise's answer is worked out (in the
 * analysis worker: a power ranking takes 50-100 ms).
 */
function RoomTally({
  scenario,
  exercise,
  room,
  students,
}: {
  scenario: Scenario;
  exercise: Exercise;
  room: RoomSnapshot;
  students: number;
}) {
  // Until the answer is in, the count alone (no "correctly" yet).
  const tally = tallyAnswers(scenario, exercise, room, useExerciseAnswer(scenario, exercise));
  const intl = useWords();
  return (
    <p aria-live="polite">{answeredSentence(tally.answered, students, tally.correct, intl)}</p>
  );
}

/**
 * A room control that stays on until pressed again (lock, reveal, large QR code): announced as
 * pressed, and shown so: a ticked box beside its name on a filled button, an empty box when off.
 */
function Toggle({
  on,
  onClick,
  disabled = false,
  className,
  children,
}: {
  on: boolean;
  onClick: () => void;
  disabled?: boolean;
  className?: string;
  children: string;
}) {
  return (
    <button
      type="button"
      className={className}
      aria-pressed={on}
      disabled={disabled}
      onClick={onClick}
    >
      <span className="toggle-mark" aria-hidden="true">
        {on ? '✓' : ''}
      </span>
      {children}
    </button>
  );
}

export function RoomPanel({ analysis }: { analysis: AnalysisClient }) {
  const port = useRoomPort();
  const view = useRoom((r) => r);
  const scenario = useScenario();
  const intl = useWords();
  const [ending, setEnding] = useState(false);
  const [leaving, setLeaving] = useState(false);
  // On the projector the QR code is small beside the table until the teacher enlarges it.
  const [bigQr, setBigQr] = useState(false);
  if (!port || view.code === null || view.role !== 'teacher') return null;
  const { room, stage, online } = view;
  const act = (action: Action) => port.act(action);
  const students = Object.entries(room.people).sort(([, a], [, b]) => a.localeCompare(b, 'en'));
  const nameOf = (id: string) => memberName(scenario.members, id, intl);
  const noun = nounIn(scenario.memberNoun, intl).one;
  const say = (m: MessageDescriptor, values?: Record<string, string | number>) =>
    intl.formatMessage(m, values);
  const live = stage === 'live';
  const join = joinParts(view.code, port, intl);
  const problem = view.problem && sayPhrase(view.problem, intl);
  // Leaving is asked again while the room needs its teacher: the students stay in it.
  const needed = live && (students.length > 0 || runningRound(room) !== null);
  return (
    <section
      className="room-panel"
      aria-labelledby="room-heading"
      // On the projector, once students are in, the room folds to its code beside the question
      // (room.css): the whole table fits the screen. The large QR code unfolds it.
      data-folded={(live && students.length > 0 && !bigQr) || undefined}
    >
      <div className="room-head">
        <h2 id="room-heading">{say(M.heading)}</h2>
        <p className="room-state">
          {stage === 'joining' && (problem ?? say(M.opening))}
          {live && say(online ? M.live : M.reconnecting)}
          {stage === 'ended' && say(M.ended)}
          {stage === 'refused' && problem}
        </p>
        {leaving && needed ? (
          <span className="room-confirm">
            {leaveRoomWords(students.length, runningRound(room) !== null, intl)}{' '}
            <button type="button" onClick={port.leave}>
              {say(M.leaveIt)}
            </button>{' '}
            <button type="button" onClick={() => setLeaving(false)}>
              {say(M.stay)}
            </button>
          </span>
        ) : (
          <button type="button" onClick={needed ? () => setLeaving(true) : port.leave}>
            {say(M.leave)}
          </button>
        )}
      </div>
      {problem && stage !== 'refused' && <p role="alert">{problem}</p>}
      {stage === 'ended' && (
        <p>
          {say(M.deleted)} <DebriefButton code={view.code} port={port} />
        </p>
      )}
      {(live || stage === 'joining') && (
        <div className="room-body">
          <div className="room-main">
            <RoomCode code={view.code} />
            {join.link}
            <div className="toolbar" role="group" aria-label={say(M.controls)}>
              <Toggle
                on={room.locked}
                disabled={!live}
                onClick={() => act({ type: room.locked ? 'unlock' : 'lock' })}
              >
                {say(M.lock)}
              </Toggle>
              <Toggle
                on={room.revealed}
                disabled={!live}
                onClick={() => act({ type: room.revealed ? 'hide' : 'reveal' })}
              >
                {say(M.reveal)}
              </Toggle>
              <DebriefButton code={view.code} port={port} />
              {ending ? (
                <span className="room-confirm">
                  {say(M.endAsk)}{' '}
                  <button type="button" onClick={() => act({ type: 'end' })}>
                    {say(M.endIt)}
                  </button>{' '}
                  <button type="button" onClick={() => setEnding(false)}>
                    {say(M.keepIt)}
                  </button>
                </span>
              ) : (
                <button type="button" disabled={!live} onClick={() => setEnding(true)}>
                  {say(M.end)}
                </button>
              )}
            </div>
            <TeacherSilence scenario={scenario} />
            <AnswersContext.Provider value={answerSourceOf(analysis)}>
              <RoomExercise scenario={scenario} port={port} />
            </AnswersContext.Provider>
            <h3 className="room-students-heading">{say(M.students, { count: students.length })}</h3>
            {students.length === 0 ? (
              <p>{say(M.noStudents)}</p>
            ) : (
              <ul className="room-students">
                {students.map(([id, name]) => {
                  const holds = room.holders[id];
                  return (
                    <li key={id}>
                      <span className="room-student">{name}</span>{' '}
                      <select
                        aria-label={say(M.heldBy, { noun: capitalise(noun), name })}
                        value={holds ?? ''}
                        onChange={(e) =>
                          act(
                            e.target.value === ''
                              ? { type: 'free', student: id }
                              : { type: 'assign', student: id, member: e.target.value },
                          )
                        }
                      >
                        <option value="">{say(M.holdsNone, { noun })}</option>
                        {room.members.map((m) => (
                          <option key={m} value={m}>
                            {nameOf(m)}
                          </option>
                        ))}
                      </select>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
          <div className="room-qr" data-big={bigQr || undefined}>
            {join.qr}
            <Toggle className="room-qr-size" on={bigQr} onClick={() => setBigQr(!bigQr)}>
              {say(M.bigQr)}
            </Toggle>
          </div>
        </div>
      )}
    </section>
  );
}
