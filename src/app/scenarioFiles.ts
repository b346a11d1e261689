/**
 * The browser side of scenario files: reading a chosen File (size first, then bytes, then the
 * lazily loaded parser: the same boundary as the command line), and saving downloads. Only the
 * composition root touches the File and URL APIs.
 */
import { MAX_SCENARIO_BYTES, tooLargeProblem } from '../scenario/limits';
import type { Parsed, Scenario } from '../scenario/model';
import { saveBlob } from '../ui/download';
import type { ScenarioFilesPort } from '../ui/ScenarioFiles';
import { loadScenarioTranslations } from './language';
import { loadScenarioParser } from './parser';
import { shareReach } from './sync';

export type Download = (name: string, text: string, type: string) => void;

/** Saves text as a file (through the same temporary link as the charts' downloads). */
export function browserDownload(): Download {
  return (name, text, type) => saveBlob(new Blob([text], { type }), name);
}

/** Reads a file the person chose: refused unread when over 1 MB, then validated. */
export async function readScenarioFile(file: Blob): Promise<Parsed<Scenario>> {
  if (file.size > MAX_SCENARIO_BYTES) return { ok: false, problems: [tooLargeProblem(file.size)] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, problems: [{ line: 1, column: 1, message: 'cannot read the file' }] };
  }
  let parser: Awaited<ReturnType<typeof loadScenarioParser>>;
  try {
    parser = await loadScenarioParser();
  } catch {
    return {
      ok: false,
      problems: [
        {
          line: 1,
          column: 1,
          message: 'the scenario reader could not be loaded (is the network down?); try again',
        },
      ],
    };
  }
  const text = parser.decodeScenarioBytes(bytes);
  return text.ok ? parser.parseScenario(text.value) : text;
}

export function scenarioFilesPort(win: Window, download: Download): ScenarioFilesPort {
  return {
    read: (file) => readScenarioFile(file),
    exportScenario: async (scenario, table) => {
      // A shipped scenario's translations go with it (loaded here if the page never needed them;
      // without them, the file is still whole: English only).
      await loadScenarioTranslations().catch(() => undefined);
      const { scenarioYaml, scenarioFileName, scenarioFileOf } = await loadScenarioParser();
      const changed = Object.keys(table.changes).length > 0;
      const yaml = scenarioYaml(scenarioFileOf(scenario, table.changes, table.ruleId), [
        `Exported from the NAC consensus simulator on ${new Date().toISOString().slice(0, 10)}.`,
        ...(changed
          ? [
              'Stances changed in the simulator are marked: evidence assumption, "Set in the simulator".',
            ]
          : []),
      ]);
      download(scenarioFileName(scenario, 'yaml'), yaml, 'application/yaml');
    },
    downloadSources: async (scenario) => {
      const { scenarioFileName, sourcesMarkdown } = await loadScenarioParser();
      download(
        scenarioFileName(scenario, 'sources.md'),
        sourcesMarkdown(scenario),
        'text/markdown',
      );
    },
    shareReach: (table, imported) => shareReach(win, table, imported),
  };
}
