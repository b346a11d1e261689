// A scenario's fingerprint: a hash of everything it says (table, stances, rules, sources and the
// reference data its members carry), except its revision history and its exercises. A shipped
// scenario whose fingerprint moves has been revised: old share links must be told (see the
// revisions test). Exercises ask about the table without changing it: a link opens the same table
// with or without them, so adding one is not a revision (scenarios/README.md). Nor is a
// translation, which says the same in another language.
import type { Scenario } from '../../src/scenario/model';

/** FNV-1a, 32 bits, as 8 hex digits: enough to notice a change, not a security measure. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function fingerprint(scenario: Scenario): string {
  // The history is left out: recording a revision must not itself look like a change.
  return fnv1a(
    JSON.stringify(scenario, (key, value: unknown) =>
      key === 'revision' || key === 'revisions' || key === 'exercises' || key === 'translations'
        ? undefined
        : value,
    ),
  );
}
