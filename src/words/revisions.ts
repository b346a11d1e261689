/**
 * What a share link made on another revision of a scenario is told: the scenario was revised
 * since (and how), or the link is newer than this copy of the simulator.
 */
import type { Scenario } from '../scenario/model';
import { formatEventDate } from '../scenario/eventDate';

/** A sentence for a link made on revision `made` of the scenario, or null if it is the current. */
export function revisionNotice(scenario: Scenario, made: number): string | null {
  if (made === scenario.revision) return null;
  if (made > scenario.revision)
    return `This link was made on a newer revision of “${scenario.title}” (revision ${made}) than this simulator has (revision ${scenario.revision}): it opens this revision with the link's rule and changes.`;
  const since = scenario.revisions
    .slice(Math.max(0, made - 1))
    .map((r, i) => `revision ${made + i + 1} (${formatEventDate(r.date)}): ${r.note}`)
    .join(' ');
  return `This link was made on revision ${made} of “${scenario.title}”, which has been revised since: ${since} It opens the current revision with the link's rule and changes.`;
}
