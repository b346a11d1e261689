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
import { answeredSentence, debriefMarkdown, leaveRoomWords } from '../words/room';
import { capitalise } from '../words/format';
import { ruleLabel, ruleNameOf } from '../words/rules';
import { useRoom, useRoomPort, type RoomPort } from '../state/room';
import type { Exercise, Scenario } from '../scenario/model';
import { answerSourceOf, AnswersContext, useExerciseAnswer } from './exerciseAnswers';
import { PLAYED } from './ExercisesPanel';
import { QrCode } from './QrCode';
import { TeacherSilence } from './Silence';
import './room.css';

/** The room code, large, named for assistive technology (a contract of DESIGN.md). */
export function RoomCode({ code }: { code: string }) {
  const labelId = useId();
  return (
    <p className="room-code-line">
      <span id={labelId}>Room code</span>{' '}
      <span className="room-code" role="group" aria-labelledby={labelId}>
        {code}
      </span>
    </p>
  );
}

/** The join link, as text and as a QR code: what students need to come in. */
function joinParts(code: string, port: RoomPort) {
  const url = port.joinUrl(code);
  return {
    link: (
      <p className="room-link">
        Join link: <a href={url}>{url}</a>
      </p>
    ),
    qr: <QrCode text={url} label={`QR code of the join link for room ${code}`} />,
  };
}

/** The debrief button: the log, the rounds and the final table's link, as a Markdown file. */
function DebriefButton({ code, port }: { code: string; port: RoomPort }) {
  const { scenario, judgement, words } = useTableNow();
  const room = useRoom((r) => r.room);
  const catalog = useCatalog();
  if (!judgement) return null;
  const save = () => {
    const rule = (id: string) => ruleNameOf(scenario, id);
    const text = debriefMarkdown({
      code,
      title: scenario.title,
      ruleLabel: ruleLabel(judgement.rule, scenario),
      outcome: statusSentence(judgement.outcome, words),
      link: port.tableLink(),
      room,
      log: port.log(),
      at: Date.now(),
      names: {
        member: (id) => scenario.members.find((m) => m.id === id)?.name ?? id,
        rule,
        scenario: (id) => catalog.find((s) => s.id === id)?.title ?? id,
        student: (id) => room.people[id] ?? 'a student who left',
      },
    });
    port.download(`class-room-${code}-debrief.md`, text);
  };
  return (
    <button type="button" onClick={save}>
      Download the debrief
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
  const offered = scenario.exercises.filter((e) => !PLAYED.has(e.kind));
  if (offered.length === 0) return null;
  const students = Object.keys(room.people).length;
  const exercise = offered.find((e) => e.id === room.exercise);
  return (
    <div className="room-exercise">
      <label htmlFor={selectId}>Exercise for the room</label>{' '}
      <select
        id={selectId}
        value={room.exercise ?? ''}
        onChange={(e) => port.act({ type: 'exercise', exercise: e.target.value || null })}
      >
        <option value="">None</option>
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
  return <p aria-live="polite">{answeredSentence(tally.answered, students, tally.correct)}</p>;
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
  const [ending, setEnding] = useState(false);
  const [leaving, setLeaving] = useState(false);
  // On the projector the QR code is small beside the table until the teacher enlarges it.
  const [bigQr, setBigQr] = useState(false);
  if (!port || view.code === null || view.role !== 'teacher') return null;
  const { room, stage, online } = view;
  const act = (action: Action) => port.act(action);
  const students = Object.entries(room.people).sort(([, a], [, b]) => a.localeCompare(b, 'en'));
  const nameOf = (id: string) => scenario.members.find((m) => m.id === id)?.name ?? id;
  const live = stage === 'live';
  const join = joinParts(view.code, port);
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
        <h2 id="room-heading">Class room</h2>
        <p className="room-state">
          {stage === 'joining' && (view.problem ?? 'Opening the room…')}
          {live && (online ? 'Live' : 'Connection lost: reconnecting…')}
          {stage === 'ended' && 'This room has ended.'}
          {stage === 'refused' && view.problem}
        </p>
        {leaving && needed ? (
          <span className="room-confirm">
            {leaveRoomWords(students.length, runningRound(room) !== null)}{' '}
            <button type="button" onClick={port.leave}>
              Leave it
            </button>{' '}
            <button type="button" onClick={() => setLeaving(false)}>
              Stay
            </button>
          </span>
        ) : (
          <button type="button" onClick={needed ? () => setLeaving(true) : port.leave}>
            Leave the room
          </button>
        )}
      </div>
      {view.problem && stage !== 'refused' && <p role="alert">{view.problem}</p>}
      {stage === 'ended' && (
        <p>
          The room and its log are deleted from the server; this screen keeps the final table.{' '}
          <DebriefButton code={view.code} port={port} />
        </p>
      )}
      {(live || stage === 'joining') && (
        <div className="room-body">
          <div className="room-main">
            <RoomCode code={view.code} />
            {join.link}
            <div className="toolbar" role="group" aria-label="Room controls">
              <Toggle
                on={room.locked}
                disabled={!live}
                onClick={() => act({ type: room.locked ? 'unlock' : 'lock' })}
              >
                Lock positions
              </Toggle>
              <Toggle
                on={room.revealed}
                disabled={!live}
                onClick={() => act({ type: room.revealed ? 'hide' : 'reveal' })}
              >
                Reveal the outcome
              </Toggle>
              <DebriefButton code={view.code} port={port} />
              {ending ? (
                <span className="room-confirm">
                  End the room for everyone? It is deleted from the server with its log: download
                  the debrief first if you want it.{' '}
                  <button type="button" onClick={() => act({ type: 'end' })}>
                    End it
                  </button>{' '}
                  <button type="button" onClick={() => setEnding(false)}>
                    Keep it
                  </button>
                </span>
              ) : (
                <button type="button" disabled={!live} onClick={() => setEnding(true)}>
                  End the room
                </button>
              )}
            </div>
            <TeacherSilence scenario={scenario} />
            <AnswersContext.Provider value={answerSourceOf(analysis)}>
              <RoomExercise scenario={scenario} port={port} />
            </AnswersContext.Provider>
            <h3 className="room-students-heading">Students ({students.length})</h3>
            {students.length === 0 ? (
              <p>No one has joined yet: students open the join link or scan the code.</p>
            ) : (
              <ul className="room-students">
                {students.map(([id, name]) => {
                  const holds = room.holders[id];
                  return (
                    <li key={id}>
                      <span className="room-student">{name}</span>{' '}
                      <select
                        aria-label={`${capitalise(scenario.memberNoun.one)} held by ${name}`}
                        value={holds ?? ''}
                        onChange={(e) =>
                          act(
                            e.target.value === ''
                              ? { type: 'free', student: id }
                              : { type: 'assign', student: id, member: e.target.value },
                          )
                        }
                      >
                        <option value="">No {scenario.memberNoun.one}</option>
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
              Large QR code
            </Toggle>
          </div>
        </div>
      )}
    </section>
  );
}
