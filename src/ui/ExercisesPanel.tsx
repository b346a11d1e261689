/**
 * A scenario's guided exercises, answered by using the simulator and checked by the engine: the
 * region "Exercises", one article per exercise with its prompt, the way to answer its kind (play
 * the table, pick allies or rules, type a number, rank), hints on request and a Check answer
 * button whose feedback starts "Correct" or "Not yet". A teacher's toggle shows the engine's
 * answers and the explanations for projecting. Loaded on demand: most visits never open it.
 */
import { memo, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { exerciseStart, judgeResponse, type ExerciseResponse } from '../scenario/exercises';
import type { Exercise, Noun, Scenario } from '../scenario/model';
import type { AnalysisClient } from '../state/analysis';
import { useAppStore, useScenario } from '../state/context';
import { seatName } from '../words/allyNames';
import {
  answerSentence,
  checkResponse,
  exerciseSetting,
  notHandedIn,
  sameFiguresSentence,
  sameTableSentence,
  setUpFirst,
  tableCaption,
  workingOut,
  type ExerciseCheck,
  type ExerciseSetting,
} from '../words/exercises';
import { aNoun, bodyNameIn, capitalise, nounIn } from '../words/format';
import { defineMessages, type Words } from '../words/intl';
import '../words/parts/exercises';
import { useWords } from '../state/words';
import { ruleNameOf } from '../words/rules';
import { citedOf, SourceList } from './AllyList';
import {
  answerSourceOf,
  AnswersContext,
  useAnswerSource,
  useExerciseAnswer,
  useExerciseAnswers,
  type Answer,
} from './exerciseAnswers';
import './exercises.css';

/** What a person gave and whether it was right, by exercise id (kept per scenario in storage). */
export type ExerciseProgress = Readonly<
  Record<string, { readonly response: ExerciseResponse; readonly correct: boolean }>
>;

/** Progress and hand-in, from the composition root (storage and the address). */
export interface ExercisesPort {
  progress(scenarioId: string): ExerciseProgress;
  save(scenarioId: string, progress: ExerciseProgress): void;
  /** The hand-in link of these responses (opening it checks them again). */
  handInUrl(scenarioId: string, progress: ExerciseProgress, name: string): string;
  /** The student's name for hand-ins, kept in this browser. */
  name(): string;
  saveName(name: string): void;
}

/** Kinds answered by playing the table itself (not on a student's phone in a class room). */
export const PLAYED = new Set<Exercise['kind']>(['fewest-changes']);

const NO_EXERCISES: readonly Exercise[] = [];

export function ExercisesPanel({
  port,
  analysis,
  printable = false,
}: {
  port: ExercisesPort;
  /** Works out the exercises' answers off the main thread (the analysis worker). */
  analysis: AnalysisClient;
  /** The page can print (the worksheet buttons are offered). */
  printable?: boolean;
}) {
  const scenario = useScenario();
  const intl = useWords();
  const setPrintJob = useAppStore((s) => s.setPrintJob);
  const [teacher, setTeacher] = useState(false);
  const [progress, setProgress] = useState<{ id: string; value: ExerciseProgress }>(() => ({
    id: scenario.id,
    value: port.progress(scenario.id),
  }));
  // Another scenario: its own progress (read, not carried over).
  const current = progress.id === scenario.id ? progress.value : port.progress(scenario.id);
  if (scenario.exercises.length === 0) return null;
  const record = (exercise: Exercise, response: ExerciseResponse, correct: boolean) => {
    const value = { ...current, [exercise.id]: { response, correct } };
    setProgress({ id: scenario.id, value });
    port.save(scenario.id, value);
  };
  const right = scenario.exercises.filter((e) => current[e.id]?.correct).length;
  return (
    <AnswersContext.Provider value={answerSourceOf(analysis)}>
      <section className="panel exercises" id="exercises" aria-labelledby="exercises-heading">
        <div className="exercises-head">
          <h2 id="exercises-heading">{intl.formatMessage(M.heading)}</h2>
          <p>{intl.formatMessage(M.score, { right, total: scenario.exercises.length })}</p>
          <button type="button" aria-pressed={teacher} onClick={() => setTeacher(!teacher)}>
            {intl.formatMessage(M.showAnswers)}
          </button>
          <HandIn port={port} scenarioId={scenario.id} progress={current} />
          {printable && (
            <>
              <button type="button" onClick={() => setPrintJob('worksheet')}>
                {intl.formatMessage(M.printWorksheet)}
              </button>
              <button type="button" onClick={() => setPrintJob('worksheet-answers')}>
                {intl.formatMessage(M.printAnswers)}
              </button>
            </>
          )}
        </div>
        <HandedInAnswers scenario={scenario} />
        <ol className="exercise-list">
          {scenario.exercises.map((exercise) => (
            <li key={`${scenario.id}/${exercise.id}`}>
              <ExerciseCard
                scenario={scenario}
                exercise={exercise}
                teacher={teacher}
                given={current[exercise.id]?.response}
                onChecked={(response, correct) => record(exercise, response, correct)}
              />
            </li>
          ))}
        </ol>
      </section>
    </AnswersContext.Provider>
  );
}

/** The Hand in link, with the student's name in it if given. */
function HandIn({
  port,
  scenarioId,
  progress,
}: {
  port: ExercisesPort;
  scenarioId: string;
  progress: ExerciseProgress;
}) {
  const intl = useWords();
  const [name, setName] = useState(() => port.name());
  return (
    <span className="exercise-hand-in">
      <label>
        {intl.formatMessage(M.yourName)}{' '}
        <input
          value={name}
          size={10}
          maxLength={80}
          autoComplete="nickname"
          onChange={(e) => {
            setName(e.target.value);
            port.saveName(e.target.value);
          }}
        />
      </label>{' '}
      <a href={port.handInUrl(scenarioId, progress, name)}>{intl.formatMessage(M.handIn)}</a>{' '}
      <span className="hint">{intl.formatMessage(M.handInHint)}</span>
    </span>
  );
}

/**
 * Answers handed in by the link that opened the page, each checked again by the engine here: the
 * link carries what the student answered, never whether it was right.
 */
function HandedInAnswers({ scenario }: { scenario: Scenario }) {
  const intl = useWords();
  const handedIn = useAppStore((s) => s.handedIn);
  const dismiss = useAppStore((s) => s.showHandedIn);
  const mine = handedIn && handedIn.scenarioId === scenario.id ? handedIn : null;
  const known = useExerciseAnswers(scenario, mine ? scenario.exercises : NO_EXERCISES);
  const checks = useMemo(
    () =>
      mine && known?.length === scenario.exercises.length
        ? scenario.exercises.map((exercise, i) => {
            const response = mine.responses[exercise.id] as ExerciseResponse;
            const answer = known[i];
            return {
              exercise,
              check:
                response === undefined || answer === undefined
                  ? notHandedIn(intl)
                  : checkResponse(scenario, exercise, response, answer, intl),
            };
          })
        : null,
    [mine, known, scenario, intl],
  );
  if (!mine) return null;
  const right = checks?.filter((c) => c.check.correct).length ?? 0;
  return (
    <section className="exercise-handed-in" aria-labelledby="handed-in-heading">
      <h3 id="handed-in-heading">{intl.formatMessage(M.handedInHeading)}</h3>
      {checks ? (
        <>
          <p>
            {intl.formatMessage(mine.name ? M.handedInBy : M.handedIn, {
              name: mine.name,
              right,
              total: checks.length,
            })}
          </p>
          <ol>
            {checks.map(({ exercise, check }) => (
              <li key={exercise.id} data-correct={check.correct}>
                <span className="exercise-prompt">{exercise.prompt}</span> {check.words}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>{workingOut(intl)}</p>
      )}
      <button type="button" onClick={() => dismiss(null)}>
        {intl.formatMessage(M.closeHandedIn)}
      </button>
    </section>
  );
}

/**
 * The exercises on paper: prompts, each with the table it starts from, and room to answer; or
 * (for the teacher) with the engine's answers and the explanations. Mounted when asked for; it
 * prints itself once on screen (the teacher's copy once every answer is worked out), and goes
 * when printing is over. A `.handout`, so that on paper it shows and nothing else does.
 */
export function ExerciseWorksheet({
  answers,
  print,
  analysis,
}: {
  answers: boolean;
  print?: () => void;
  /** Works out the answers off the main thread (the analysis worker). */
  analysis: AnalysisClient;
}) {
  return (
    <AnswersContext.Provider value={answerSourceOf(analysis)}>
      <Worksheet answers={answers} print={print} />
    </AnswersContext.Provider>
  );
}

/**
 * Each exercise's starting table, and the number of an earlier exercise that starts from the
 * same (printed there); likewise the figures a rule weighs, by weight, printed once a sheet.
 */
function worksheetSettings(scenario: Scenario, intl: Words) {
  const tables = new Map<string, number>();
  const figures = new Map<string, number>();
  return scenario.exercises.map((exercise, i) => {
    const setting = exerciseSetting(scenario, exercise, intl);
    const key = JSON.stringify(setting?.rows ?? null);
    const sameAs = tables.get(key) ?? null;
    if (sameAs === null) tables.set(key, i + 1);
    const weights = (setting?.figures ?? []).map((f) => {
      const printed = figures.get(f.key);
      if (printed === undefined) figures.set(f.key, i + 1);
      return printed === undefined ? f.sentence : sameFiguresSentence(f.label, printed, intl);
    });
    return { setting, sameAs, weights };
  });
}

function Worksheet({ answers, print }: { answers: boolean; print?: () => void }) {
  const scenario = useScenario();
  const intl = useWords();
  const setPrintJob = useAppStore((s) => s.setPrintJob);
  const settings = useMemo(() => worksheetSettings(scenario, intl), [scenario, intl]);
  const known = useExerciseAnswers(scenario, answers ? scenario.exercises : NO_EXERCISES);
  useEffect(() => {
    const done = () => setPrintJob(null);
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, [setPrintJob]);
  // Once per mount, even where React runs an effect twice to test it (development); after the
  // listener above, which an effect declared first has in place.
  const printed = useRef(false);
  const ready = known !== null;
  useEffect(() => {
    if (ready && !printed.current) {
      printed.current = true;
      print?.();
    }
  }, [ready, print]);
  return (
    <section
      className="handout worksheet"
      hidden
      aria-label={intl.formatMessage(answers ? M.worksheetAnswers : M.worksheet)}
    >
      <header className="handout-head">
        <p className="handout-kicker">
          {intl.formatMessage(answers ? M.kickerAnswers : M.kicker, {
            body: bodyNameIn(scenario.bodyName, intl),
            date: scenario.date,
          })}
        </p>
        <h2>{scenario.title}</h2>
        <p className="handout-question">{scenario.question}</p>
        {!answers && <p className="worksheet-name">{intl.formatMessage(M.name)}</p>}
      </header>
      <ol className="worksheet-list">
        {scenario.exercises.map((exercise, i) => (
          <li key={exercise.id}>
            <p className="exercise-prompt">{exercise.prompt}</p>
            <WorksheetSetting exercise={i + 1} {...settings[i]} />
            {answers ? (
              <TeacherNotes scenario={scenario} exercise={exercise} answer={known?.[i] ?? null} />
            ) : (
              <div className="worksheet-space" />
            )}
          </li>
        ))}
      </ol>
      <p className="handout-foot">{intl.formatMessage(M.foot)}</p>
    </section>
  );
}

/**
 * An exercise's starting table on paper: the rule or rules, a table of the members by position
 * (or, where an earlier exercise starts from the same, a pointer to it), and what it fixes.
 */
function WorksheetSetting({
  exercise,
  setting = null,
  sameAs = null,
  weights = [],
}: {
  exercise: number;
  setting?: ExerciseSetting | null;
  sameAs?: number | null;
  /** The figures the rule weighs, or where they are printed above. */
  weights?: readonly string[];
}) {
  const intl = useWords();
  if (!setting) return null;
  return (
    <div className="worksheet-setting">
      <p>
        {setting.rules}
        {sameAs !== null && ` ${sameTableSentence(sameAs, intl)}`}
      </p>
      {sameAs === null && (
        <table>
          <caption>{tableCaption(exercise, intl)}</caption>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(M.position)}</th>
              <th scope="col">{setting.column}</th>
            </tr>
          </thead>
          <tbody>
            {setting.rows.map((row) => (
              <tr key={row.position} data-position={row.position}>
                <th scope="row">{row.header}</th>
                <td>{row.names}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {[...setting.notes, ...weights].map((note) => (
        <p key={note}>{note}</p>
      ))}
    </div>
  );
}

interface CardProps {
  readonly scenario: Scenario;
  readonly exercise: Exercise;
  readonly teacher: boolean;
  readonly given: ExerciseResponse;
  readonly onChecked: (response: ExerciseResponse, correct: boolean) => void;
}

export const ExerciseCard = memo(function ExerciseCard({
  scenario,
  exercise,
  teacher,
  given,
  onChecked,
}: CardProps) {
  const id = useId();
  const intl = useWords();
  const [hints, setHints] = useState(0);
  // 'working': checked before the answer was worked out; the verdict follows when it is. Kept
  // with its exercise: a card given another (a class room's next one) starts without feedback.
  // What was checked, not its words: they follow the page's language.
  const [checked, setChecked] = useState<{
    exercise: Exercise;
    feedback: Checked | 'working';
  } | null>(null);
  const made = checked?.exercise === exercise ? checked.feedback : null;
  const setFeedback = (f: Checked | 'working') => setChecked({ exercise, feedback: f });
  const feedback = useMemo(
    () => (made === null || made === 'working' ? made : checkWords(made, intl)),
    [made, intl],
  );
  const [draft, setDraft] = useState<ExerciseResponse>(given);
  const source = useAnswerSource();
  const answer = useExerciseAnswer(scenario, exercise);
  // Numbers each check: a verdict that arrives after a newer check, another exercise or the
  // card's end is dropped.
  const checks = useRef(0);
  useEffect(() => {
    const counter = checks;
    return () => {
      counter.current += 1;
    };
  }, [scenario, exercise]);
  const table = useAppStore((s) => s.table);
  const loadTable = useAppStore((s) => s.loadTable);
  const rule = 'rule' in exercise ? exercise.rule : scenario.defaultRule;
  const played = PLAYED.has(exercise.kind);
  const onTable = table.scenarioId === scenario.id && table.ruleId === rule;

  const check = () => {
    const mine = ++checks.current;
    if (played && !onTable) {
      setFeedback({ scenario, exercise, setUp: rule });
      return;
    }
    const response = played ? table.changes : draft;
    const give = (known: Answer) => {
      if (mine !== checks.current) return;
      setFeedback({ scenario, exercise, response, answer: known });
      // Judged here for the score; the feedback's words are said where it shows (checkWords).
      onChecked(response, judgeResponse(scenario, exercise, response, known).correct);
    };
    if (answer) give(answer);
    else {
      setFeedback('working');
      void source(scenario, exercise).then(give);
    }
  };

  return (
    <article className="exercise" aria-labelledby={`${id}-prompt`}>
      <p id={`${id}-prompt`} className="exercise-prompt">
        {exercise.prompt}
      </p>
      {played ? (
        <p>
          {intl.formatMessage(M.onTheTable)}{' '}
          <button
            type="button"
            onClick={() => {
              loadTable({
                scenarioId: scenario.id,
                ruleId: rule,
                changes: exerciseStart(scenario, exercise),
              });
              // To the table, where the answer is played (Check answer is back here).
              document.getElementById('allies-heading')?.focus();
            }}
          >
            {intl.formatMessage(M.setUp)}
          </button>
        </p>
      ) : (
        <ResponseInput scenario={scenario} exercise={exercise} value={draft} onChange={setDraft} />
      )}
      <div className="toolbar">
        <button type="button" onClick={check}>
          {intl.formatMessage(M.check)}
        </button>
        {exercise.hints.length > 0 && hints < exercise.hints.length && (
          <button type="button" onClick={() => setHints(hints + 1)}>
            {intl.formatMessage(M.hint, { next: hints + 1, total: exercise.hints.length })}
          </button>
        )}
      </div>
      {hints > 0 && (
        <ul className="exercise-hints" aria-label={intl.formatMessage(M.hints)}>
          {exercise.hints.slice(0, hints).map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ul>
      )}
      {/* Rendered with its words, so that the words are announced (a status region). */}
      {feedback === 'working' ? (
        <p className="exercise-feedback" role="status">
          {workingOut(intl)}
        </p>
      ) : (
        feedback && (
          <p
            className="exercise-feedback"
            data-correct={feedback.correct}
            role={feedback.correct ? 'status' : 'alert'}
          >
            {feedback.words}
          </p>
        )
      )}
      {teacher && <TeacherNotes scenario={scenario} exercise={exercise} answer={answer} />}
    </article>
  );
});

/** A check made: a response and the answer it was judged by, or a played table not set up. */
type Checked =
  | {
      readonly scenario: Scenario;
      readonly exercise: Exercise;
      readonly response: ExerciseResponse;
      readonly answer: Answer;
    }
  | { readonly scenario: Scenario; readonly exercise: Exercise; readonly setUp: string };

const checkWords = (c: Checked, intl: Words): ExerciseCheck =>
  'setUp' in c
    ? setUpFirst(c.scenario, c.setUp, intl)
    : checkResponse(c.scenario, c.exercise, c.response, c.answer, intl);

const M = defineMessages({
  check: { id: 'exercise.check', defaultMessage: 'Check answer' },
  heading: { id: 'exercises.heading', defaultMessage: 'Exercises' },
  score: {
    id: 'exercises.score',
    defaultMessage: '{right, number} of {total, number} answered correctly',
  },
  showAnswers: { id: 'exercises.showAnswers', defaultMessage: 'Show the answers' },
  printWorksheet: { id: 'exercises.printWorksheet', defaultMessage: 'Print worksheet' },
  printAnswers: { id: 'exercises.printAnswers', defaultMessage: 'Print with answers' },
  yourName: { id: 'exercises.yourName', defaultMessage: 'Your name' },
  handIn: { id: 'exercises.handIn', defaultMessage: 'Hand in' },
  handInHint: { id: 'exercises.handInHint', defaultMessage: '(send it to your teacher)' },
  handedInHeading: { id: 'exercises.handedIn.heading', defaultMessage: 'Handed-in answers' },
  handedInBy: {
    id: 'exercises.handedIn.by',
    defaultMessage:
      'Handed in by {name}. {right, number} of {total, number} correct, checked again by the engine on this screen.',
  },
  handedIn: {
    id: 'exercises.handedIn.score',
    defaultMessage:
      '{right, number} of {total, number} correct, checked again by the engine on this screen.',
  },
  closeHandedIn: {
    id: 'exercises.handedIn.close',
    defaultMessage: 'Close the handed-in answers',
  },
  worksheet: { id: 'worksheet.label', defaultMessage: 'Printed worksheet' },
  worksheetAnswers: {
    id: 'worksheet.label.answers',
    defaultMessage: 'Printed worksheet with answers',
  },
  kicker: { id: 'worksheet.kicker', defaultMessage: '{body} · {date} · exercises' },
  kickerAnswers: {
    id: 'worksheet.kicker.answers',
    defaultMessage: '{body} · {date} · exercises · with answers',
  },
  name: { id: 'worksheet.name', defaultMessage: 'Name: ______________________________' },
  foot: {
    id: 'worksheet.foot',
    defaultMessage: 'NAC consensus simulator · the engine checks every answer',
  },
  position: { id: 'worksheet.position', defaultMessage: 'Position' },
  onTheTable: { id: 'exercise.onTheTable', defaultMessage: 'Answer on the table above.' },
  setUp: { id: 'exercise.setUp', defaultMessage: 'Set up the table' },
  hint: {
    id: 'exercise.hint',
    defaultMessage: 'Show a hint ({next, number} of {total, number})',
  },
  hints: { id: 'exercise.hints', defaultMessage: 'Hints' },
  answer: { id: 'exercise.answer', defaultMessage: 'Answer:' },
  pickMembers: { id: 'exercise.pick.members', defaultMessage: 'Your answer: pick the {nouns}' },
  pickRules: {
    id: 'exercise.pick.rules',
    defaultMessage: 'Your answer: the rules under which it passes',
  },
  picked: { id: 'exercise.picked', defaultMessage: 'Picked: {names}' },
  pickedNone: { id: 'exercise.picked.none', defaultMessage: 'Picked: none yet' },
  percent: { id: 'exercise.percent', defaultMessage: 'Your answer, in percent' },
  yourAnswer: { id: 'exercise.one', defaultMessage: 'Your answer' },
  choose: {
    id: 'exercise.one.choose',
    defaultMessage: 'Choose {aNoun}',
    description: 'aNoun: the noun with its English article ("an ally"); noun: the noun alone',
  },
  ranking: { id: 'exercise.ranking', defaultMessage: 'Your ranking, most powerful first' },
  up: { id: 'exercise.ranking.up', defaultMessage: 'Move {name} up' },
  down: { id: 'exercise.ranking.down', defaultMessage: 'Move {name} down' },
  notes: {
    id: 'exercise.notes',
    defaultMessage: 'Your notes (for the discussion; not checked)',
  },
});

/** The engine's answer, the author's explanation and notes, and the sources: for projecting. */
function TeacherNotes({
  scenario,
  exercise,
  answer,
}: {
  scenario: Scenario;
  exercise: Exercise;
  /** Null while it is worked out. */
  answer: Answer | null;
}) {
  const intl = useWords();
  return (
    <div className="exercise-answer">
      <p>
        <strong>{intl.formatMessage(M.answer)}</strong>{' '}
        {answer === null
          ? workingOut(intl)
          : answer.ok
            ? capitalise(answerSentence(scenario, answer.value, undefined, intl))
            : answer.error}
      </p>
      {exercise.explanation && <p>{exercise.explanation}</p>}
      {exercise.kind === 'discussion' && exercise.notes && <p>{exercise.notes}</p>}
      <SourceList sources={citedOf(exercise.sources, scenario.sources)} />
    </div>
  );
}

interface InputProps {
  readonly scenario: Scenario;
  readonly exercise: Exercise;
  readonly value: ExerciseResponse;
  readonly onChange: (value: ExerciseResponse) => void;
}

/** How a kind is answered: picks, a number, a choice or a ranking. */
function ResponseInput({ scenario, exercise, value, onChange }: InputProps): ReactNode {
  const intl = useWords();
  const noun = nounIn(scenario.memberNoun, intl);
  const members = scenario.members.map((m) => ({
    id: m.id as string,
    name: seatName(m.id, m.name, intl),
  }));
  switch (exercise.kind) {
    case 'pivotal':
    case 'blockers':
    case 'still-needed':
    case 'veto-players':
      return (
        <Picks
          legend={intl.formatMessage(M.pickMembers, { nouns: noun.other })}
          options={members}
          value={value}
          onChange={onChange}
        />
      );
    case 'compare-rules':
      return (
        <Picks
          legend={intl.formatMessage(M.pickRules)}
          options={exercise.rules.map((r) => ({ id: r, name: ruleNameOf(scenario, r, intl) }))}
          value={value}
          onChange={onChange}
        />
      );
    case 'probability':
      return <Percent value={value} onChange={onChange} />;
    case 'power':
      return exercise.ask === 'most-powerful' ? (
        <OneOf options={members} value={value} onChange={onChange} noun={noun} />
      ) : (
        <Ranking options={members} value={value} onChange={onChange} />
      );
    case 'discussion':
      return <Notes value={value} onChange={onChange} />;
    case 'fewest-changes':
      return null;
  }
}

const idsOf = (value: ExerciseResponse): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

function Picks({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: readonly { id: string; name: string }[];
  value: ExerciseResponse;
  onChange: (v: ExerciseResponse) => void;
}) {
  const intl = useWords();
  const picked = new Set(idsOf(value));
  return (
    <>
      <fieldset className="exercise-picks">
        <legend>{legend}</legend>
        {options.map((o) => (
          <label key={o.id}>
            <input
              type="checkbox"
              checked={picked.has(o.id)}
              onChange={(e) => {
                const next = new Set(picked);
                if (e.target.checked) next.add(o.id);
                else next.delete(o.id);
                // Kept in the options' order: a response reads like the table.
                onChange(options.filter((x) => next.has(x.id)).map((x) => x.id));
              }}
            />{' '}
            {o.name}
          </label>
        ))}
      </fieldset>
      {/* The list scrolls inside its card: what is ticked stays in sight here. */}
      <p className="exercise-picked">
        {picked.size === 0
          ? intl.formatMessage(M.pickedNone)
          : intl.formatMessage(M.picked, {
              names: options
                .filter((o) => picked.has(o.id))
                .map((o) => o.name)
                .join(', '),
            })}
      </p>
    </>
  );
}

function Percent({
  value,
  onChange,
}: {
  value: ExerciseResponse;
  onChange: (v: ExerciseResponse) => void;
}) {
  const intl = useWords();
  const [text, setText] = useState(
    typeof value === 'number' ? String(Math.round(value * 1000) / 10) : '',
  );
  return (
    <label className="exercise-number">
      {intl.formatMessage(M.percent)}{' '}
      <input
        type="number"
        inputMode="decimal"
        min={0}
        max={100}
        step={0.1}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const n = Number(e.target.value);
          onChange(e.target.value.trim() === '' || !Number.isFinite(n) ? null : n / 100);
        }}
      />{' '}
      %
    </label>
  );
}

function OneOf({
  options,
  value,
  onChange,
  noun,
}: {
  options: readonly { id: string; name: string }[];
  value: ExerciseResponse;
  onChange: (v: ExerciseResponse) => void;
  noun: Noun;
}) {
  const intl = useWords();
  return (
    <label className="exercise-one">
      {intl.formatMessage(M.yourAnswer)}{' '}
      <select
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.target.value || null)}
      >
        <option value="">
          {intl.formatMessage(M.choose, { aNoun: aNoun(noun), noun: noun.one })}
        </option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** An order of every member: moved up and down with buttons (keyboard and touch alike). */
function Ranking({
  options,
  value,
  onChange,
}: {
  options: readonly { id: string; name: string }[];
  value: ExerciseResponse;
  onChange: (v: ExerciseResponse) => void;
}) {
  const intl = useWords();
  const given = idsOf(value);
  const order =
    given.length === options.length && options.every((o) => given.includes(o.id))
      ? given
      : options.map((o) => o.id);
  const nameOf = (id: string) => options.find((o) => o.id === id)?.name ?? id;
  const move = (from: number, to: number) => {
    const next = [...order];
    const [id] = next.splice(from, 1);
    if (id !== undefined) next.splice(to, 0, id);
    onChange(next);
  };
  return (
    <ol className="exercise-ranking" aria-label={intl.formatMessage(M.ranking)}>
      {order.map((id, i) => (
        <li key={id}>
          {nameOf(id)}{' '}
          <button
            type="button"
            disabled={i === 0}
            onClick={() => move(i, i - 1)}
            aria-label={intl.formatMessage(M.up, { name: nameOf(id) })}
          >
            ↑
          </button>
          <button
            type="button"
            disabled={i === order.length - 1}
            onClick={() => move(i, i + 1)}
            aria-label={intl.formatMessage(M.down, { name: nameOf(id) })}
          >
            ↓
          </button>
        </li>
      ))}
    </ol>
  );
}

function Notes({
  value,
  onChange,
}: {
  value: ExerciseResponse;
  onChange: (v: ExerciseResponse) => void;
}) {
  const intl = useWords();
  return (
    <label className="exercise-notes">
      {intl.formatMessage(M.notes)}
      <textarea
        rows={3}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
