/** The parser and validator, loaded on first use: yaml and zod stay out of the first visit. */
import type * as ScenarioFiles from '../scenario/files';

type ScenarioFilesModule = typeof ScenarioFiles;

let loaded: ScenarioFilesModule | null = null;

export const loadScenarioParser = (): Promise<ScenarioFilesModule> =>
  import('../scenario/files').then((m) => (loaded = m));

/**
 * The parser if it has loaded, else null. Every imported scenario came through it (a file, a
 * link that carries one, the imports kept in this browser), so whatever holds an imported
 * scenario finds it loaded, and with it the writer of scenario files (src/scenario/export.ts).
 */
export const loadedScenarioParser = (): ScenarioFilesModule | null => loaded;
