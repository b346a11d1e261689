/**
 * The composition root's side of the exercises: each scenario's progress kept in storage (what a
 * student answered and whether it was right), and the Hand in link of it. Unreadable storage is
 * progress not yet made: the panel starts afresh rather than failing.
 */
import { displayName } from '../room/limits';
import { encodeHandIn, HAND_IN_NAME } from '../scenario/link';
import type { Scenario } from '../scenario/model';
import type { KeyValueStorage } from '../state/persistence';
import { openingTable, type AppStore } from '../state/store';
import type { ExerciseProgress, ExercisesPort } from '../ui/ExercisesPanel';
import { shareUrl } from './sync';

export const EXERCISES_STORAGE_KEY = 'nac-exercises';
const NAME_KEY = 'nac-exercises-name';

type Kept = Record<string, ExerciseProgress>;

function readKept(storage: KeyValueStorage | null): Kept {
  try {
    const value: unknown = JSON.parse(storage?.getItem(EXERCISES_STORAGE_KEY) ?? '{}');
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Kept)
      : {};
  } catch {
    return {};
  }
}

/** One scenario's progress, each entry checked for shape (a response is re-checked anyway). */
function progressOf(kept: Kept, scenarioId: string): ExerciseProgress {
  const raw: unknown = kept[scenarioId];
  if (typeof raw !== 'object' || raw === null) return {};
  return Object.fromEntries(
    Object.entries(raw).filter(
      ([, entry]) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as { correct?: unknown }).correct === 'boolean',
    ),
  ) as ExerciseProgress;
}

export function exercisesPort(
  win: Window,
  storage: KeyValueStorage | null,
  store: AppStore,
  catalog: readonly Scenario[],
): ExercisesPort {
  return {
    progress: (scenarioId) => progressOf(readKept(storage), scenarioId),
    save: (scenarioId, progress) => {
      const kept = readKept(storage);
      kept[scenarioId] = progress;
      try {
        storage?.setItem(EXERCISES_STORAGE_KEY, JSON.stringify(kept));
      } catch {
        // Storage full or refused: the progress stays on screen until the page closes.
      }
    },
    name: () => {
      try {
        return storage?.getItem(NAME_KEY) ?? '';
      } catch {
        return '';
      }
    },
    saveName: (name) => {
      try {
        storage?.setItem(NAME_KEY, name);
      } catch {
        // Not kept: the name stays on screen.
      }
    },
    handInUrl: (scenarioId, progress, name) => {
      const { table, imported } = store.getState();
      const scenario = [...catalog, ...imported].find((s) => s.id === scenarioId);
      // The table handed in with the answers: the one on screen if it is this scenario's.
      const handed = table.scenarioId === scenarioId || !scenario ? table : openingTable(scenario);
      const responses = Object.fromEntries(
        Object.entries(progress).map(([id, entry]) => [id, entry.response]),
      );
      // Checked as a display name when the link is opened (no markup there either).
      const named = displayName(name);
      if (named !== null) responses[HAND_IN_NAME] = named;
      return shareUrl(win, handed, imported, catalog, { handIn: encodeHandIn(responses) });
    },
  };
}
