/**
 * A student's screen in a class room, made for a phone: a display name to join, then the member
 * the student holds (claimed from the combobox "Your ally", or assigned by the teacher), its
 * position as the same radiogroup as the full table's, its evidence, and the outcome once the
 * teacher reveals it. The rest of the table is the teacher's screen.
 */
import { useState, type FormEvent } from 'react';
import { roomResponse } from '../room/answers';
import { displayName, ROOM_LIMITS } from '../room/limits';
import { runningRound } from '../room/snapshot';
import { textLanguageOf } from '../scenario/translate';
import type { AnalysisClient } from '../state/analysis';
import { useScenario } from '../state/context';
import { useRoom, useRoomPort } from '../state/room';
import { useTableNow } from '../state/table';
import { useWords } from '../state/words';
import { seatName } from '../words/allyNames';
import { nounIn } from '../words/format';
import { defineMessages, type MessageDescriptor } from '../words/intl';
import { nameProblem, sayPhrase } from '../words/room';
import '../words/parts/room';
import { AllyRow } from './AllyList';
import { answerSourceOf, AnswersContext } from './exerciseAnswers';
import { ExerciseCard } from './ExercisesPanel';
import { CurrentOutcome } from './OutcomePanels';
import { StudentSilence } from './Silence';
import './room.css';

const M = defineMessages({
  yourName: { id: 'room.student.yourName', defaultMessage: 'Your name' },
  shownTo: {
    id: 'room.student.shownTo',
    defaultMessage: 'Shown to your teacher and class only, and deleted with the room.',
  },
  join: { id: 'room.student.join', defaultMessage: 'Join the room' },
  exercise: { id: 'room.student.exercise', defaultMessage: 'Exercise from your teacher' },
  someone: { id: 'room.student.someone', defaultMessage: 'someone' },
  label: { id: 'room.student.label', defaultMessage: 'Class room' },
  reconnecting: {
    id: 'room.student.reconnecting',
    defaultMessage: '· connection lost, reconnecting…',
    description: 'After the room code, while the connection is down',
  },
  joining: { id: 'room.student.joining', defaultMessage: 'Joining the room…' },
  ended: {
    id: 'room.student.ended',
    defaultMessage: 'The teacher has ended this room. Thank you for taking part.',
  },
  waiting: {
    id: 'room.student.waiting',
    defaultMessage: 'You are in. Waiting for the teacher to set the table…',
  },
  offline: {
    id: 'room.student.offline',
    defaultMessage:
      'Your {noun} is kept. A change you make now is sent when the connection is back.',
  },
  yourAlly: { id: 'room.student.yourAlly', defaultMessage: 'Your ally' },
  choose: { id: 'room.student.choose', defaultMessage: 'Choose one' },
  heldBy: {
    id: 'room.student.heldBy',
    defaultMessage: '{name} (held by {holders})',
    description: 'An ally in the list, held by other students (their names, comma-separated)',
  },
  hidden: { id: 'room.student.hidden', defaultMessage: 'Your teacher will reveal the outcome.' },
  locked: {
    id: 'room.student.locked',
    defaultMessage: 'Your teacher has locked the positions.',
  },
  leave: { id: 'room.leave', defaultMessage: 'Leave the room' },
});

function NameForm({ onJoin }: { onJoin: (name: string) => void }) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const intl = useWords();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = displayName(name);
    if (checked === null) setProblem(nameProblem(intl));
    else onJoin(checked);
  };
  return (
    <form className="room-name" onSubmit={submit}>
      <label>
        {intl.formatMessage(M.yourName)}{' '}
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={ROOM_LIMITS.nameLength * 2}
          autoComplete="nickname"
          aria-invalid={problem !== null || undefined}
          aria-describedby={problem ? 'room-name-problem' : undefined}
          required
        />
      </label>
      {problem && (
        <p id="room-name-problem" role="alert">
          {problem}
        </p>
      )}
      <p className="hint">{intl.formatMessage(M.shownTo)}</p>
      <button type="submit">{intl.formatMessage(M.join)}</button>
    </form>
  );
}

/**
 * The exercise the teacher has put to the room: answered and checked here, and each checked
 * response sent to the teacher's screen (which judges it again; a new answer replaces the last).
 */
function RoomExerciseCard() {
  const port = useRoomPort();
  const scenario = useScenario();
  const id = useRoom((r) => r.room.exercise);
  const exercise = scenario.exercises.find((e) => e.id === id);
  const intl = useWords();
  if (!port || !exercise) return null;
  return (
    <section className="room-exercise" aria-labelledby="room-exercise-heading">
      <h2 id="room-exercise-heading">{intl.formatMessage(M.exercise)}</h2>
      {/* A new exercise is a new card: no input or hints carried over from the last one. */}
      <ExerciseCard
        key={exercise.id}
        scenario={scenario}
        exercise={exercise}
        teacher={false}
        given={undefined}
        onChecked={(response) =>
          port.act({
            type: 'answered',
            exercise: exercise.id,
            response: roomResponse(exercise, response),
          })
        }
      />
    </section>
  );
}

export function StudentView({ analysis }: { analysis: AnalysisClient }) {
  const port = useRoomPort();
  const view = useRoom((r) => r);
  const scenario = useScenario();
  const { judgement } = useTableNow();
  const intl = useWords();
  if (!port || view.code === null) return null;
  const say = (m: MessageDescriptor, values?: Record<string, string>) =>
    intl.formatMessage(m, values);
  const nameOf = (id: string, name: string) => seatName(id, name, intl);
  const { room, stage, me, online } = view;
  const holds = me === null ? undefined : room.holders[me];
  const heldBy = (member: string) =>
    Object.entries(room.holders)
      .filter(([student, m]) => m === member && student !== me)
      .map(([student]) => room.people[student] ?? say(M.someone));
  const ready = stage === 'live' && room.scenario !== null && !view.problem;
  const index = scenario.members.findIndex((m) => m.id === holds);
  const member = scenario.members[index];
  const stance = scenario.stances[index];
  const seat = judgement?.table.seats[index];
  const leader = seat?.leader ? scenario.members.find((m) => m.id === seat.leader) : undefined;
  const noun = nounIn(scenario.memberNoun, intl).one;
  // Under silence, positions stand: breaking silence is the only move.
  const silent = runningRound(room) !== null;
  return (
    <main className="student-view">
      <header>
        <p className="room-label">
          {say(M.label)} <span className="room-code">{view.code}</span>
          {stage === 'live' && !online && ` ${say(M.reconnecting)}`}
        </p>
        {ready && (
          <>
            <h1>{scenario.title}</h1>
            <p className="question">{scenario.question}</p>
          </>
        )}
      </header>
      {stage === 'naming' && <NameForm onJoin={port.join} />}
      {stage === 'joining' && <p>{say(M.joining)}</p>}
      {(stage === 'refused' || view.problem) && (
        <p role="alert">{view.problem && sayPhrase(view.problem, intl)}</p>
      )}
      {stage === 'ended' && <p>{say(M.ended)}</p>}
      {stage === 'live' && room.scenario === null && <p>{say(M.waiting)}</p>}
      {ready && (
        <>
          {/* Under silence, breaking it is the one thing to do: first, before anything else. */}
          {silent && <StudentSilence scenario={scenario} holds={holds} />}
          {stage === 'live' && !online && (
            <p className="room-offline">{say(M.offline, { noun })}</p>
          )}
          <label className="room-claim">
            {say(M.yourAlly)}{' '}
            <select
              value={holds ?? ''}
              onChange={(e) => {
                if (e.target.value !== '') port.act({ type: 'claim', member: e.target.value });
              }}
            >
              {holds === undefined && <option value="">{say(M.choose)}</option>}
              {scenario.members.map((m) => {
                const others = heldBy(m.id);
                return (
                  <option key={m.id} value={m.id} disabled={others.length > 0 && m.id !== holds}>
                    {others.length > 0
                      ? say(M.heldBy, { name: nameOf(m.id, m.name), holders: others.join(', ') })
                      : nameOf(m.id, m.name)}
                  </option>
                );
              })}
            </select>
          </label>
          {room.revealed ? <CurrentOutcome /> : <p className="room-hidden">{say(M.hidden)}</p>}
          {!silent && <StudentSilence scenario={scenario} holds={holds} />}
          <AnswersContext.Provider value={answerSourceOf(analysis)}>
            <RoomExerciseCard />
          </AnswersContext.Provider>
          {member && stance && seat && (
            <>
              {room.locked && <p className="room-locked">{say(M.locked)}</p>}
              <ul className="ally-list student-ally">
                <AllyRow
                  member={member}
                  position={seat.position}
                  leaderName={leader ? nameOf(leader.id, leader.name) : null}
                  stance={stance}
                  sources={scenario.sources}
                  blocker={false}
                  pivotal={false}
                  changed={room.positions[member.id] !== undefined}
                  selected={false}
                  locked={room.locked || silent}
                  noteOpen
                  inRoom
                  noteLanguage={textLanguageOf(scenario)}
                />
              </ul>
            </>
          )}
        </>
      )}
      {stage !== 'naming' && (
        <p>
          <button type="button" onClick={port.leave}>
            {say(M.leave)}
          </button>
        </p>
      )}
    </main>
  );
}
