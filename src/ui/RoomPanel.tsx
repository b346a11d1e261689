/**
 * A class room, as its teacher sees it above the table: the room code, the join link and its QR
 * code; who holds which member; and the teacher's controls (lock, reveal, end). The table below
 * is the room's own: the teacher's changes go to every screen, and the students' come in.
 */
import { useId, useState } from 'react';
import type { Action } from '../room/authority';
import { tallyAnswers } from '../room/answers';
import { useCatalog, useScenario } from '../state/context';
import { useTableNow } from '../state/table';
import { statusSentence } from '../words/outcome';
import { answeredSentence, debriefMarkdown } from '../words/room';
import { capitalise } from '../words/format';
import { ruleLabel, ruleNameOf } from '../words/rules';
import { useRoom, useRoomPort, type RoomPort } from '../state/room';
import type { Scenario } from '../scenario/model';
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
  const tally = exercise ? tallyAnswers(scenario, exercise, room) : null;
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
      {tally && (
        <p aria-live="polite">{answeredSentence(tally.answered, students, tally.correct)}</p>
      )}
    </div>
  );
}

export function RoomPanel() {
  const port = useRoomPort();
  const view = useRoom((r) => r);
  const scenario = useScenario();
  const [ending, setEnding] = useState(false);
  // On the projector the QR code is small beside the table until the teacher enlarges it.
  const [bigQr, setBigQr] = useState(false);
  if (!port || view.code === null || view.role !== 'teacher') return null;
  const { room, stage, online } = view;
  const act = (action: Action) => port.act(action);
  const students = Object.entries(room.people).sort(([, a], [, b]) => a.localeCompare(b, 'en'));
  const nameOf = (id: string) => scenario.members.find((m) => m.id === id)?.name ?? id;
  const live = stage === 'live';
  const join = joinParts(view.code, port);
  return (
    <section className="room-panel" aria-labelledby="room-heading">
      <div className="room-head">
        <h2 id="room-heading">Class room</h2>
        <p className="room-state">
          {stage === 'joining' && 'Opening the room…'}
          {live && (online ? 'Live' : 'Connection lost: reconnecting…')}
          {stage === 'ended' && 'This room has ended.'}
          {stage === 'refused' && view.problem}
        </p>
        <button type="button" onClick={port.leave}>
          Leave the room
        </button>
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
              <button
                type="button"
                aria-pressed={room.locked}
                disabled={!live}
                onClick={() => act({ type: room.locked ? 'unlock' : 'lock' })}
              >
                Lock positions
              </button>
              <button
                type="button"
                aria-pressed={room.revealed}
                disabled={!live}
                onClick={() => act({ type: room.revealed ? 'hide' : 'reveal' })}
              >
                Reveal the outcome
              </button>
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
            <RoomExercise scenario={scenario} port={port} />
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
            <button
              type="button"
              className="room-qr-size"
              aria-pressed={bigQr}
              onClick={() => setBigQr(!bigQr)}
            >
              Large QR code
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
