// Generated hostile scenario files, shared by the tests (which count work) and the benchmark
// (which prints the validator's time on them).
import { MAX_SCENARIO_BYTES, MAX_VALUES } from '../../src/scenario/limits';

/** A valid head: every required field, no allies (20 values). */
export const HEAD = `format: 1
id: test-case
title: A test case
date: 2023-07-11
question: Does the validator catch this?
default:
  position: support
  evidence: assumption
  note: Assumed for the test.
sources:
  - id: src-a
    title: A source
`;

/** Values the head and a parent key leave for the repeated part, with a margin. */
const ROOM = MAX_VALUES - 30;

/** `head`, then `line(i)` for i = 0, 1, ... while the file stays within `bytes` and `count` lines. */
function fill(head: string, line: (i: number) => string, count: number, tail = ''): string {
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; i < count; i++) {
    const l = line(i);
    if (size + l.length > MAX_SCENARIO_BYTES - 100) break;
    parts.push(l);
    size += l.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** `count` lines under `allies:`, each an ally code with a number where a stance belongs. */
export const manyAllies = (count: number) => fill(`${HEAD}allies:\n`, (i) => `  X${i}: 1\n`, count);

/** `depth` nested `[` (and their `]`): 1,000 make a 2 kB file that once crashed the YAML reader. */
export const deepNesting = (depth = 1000) => '['.repeat(depth) + ']'.repeat(depth) + '\n';

/**
 * Hostile files by name: near 1 MB (refused early: too deep, or too many values), and just under
 * the value limit (read, validated and every problem located).
 */
export function hostileFiles(): Record<string, string> {
  const noSources = HEAD.replace(/sources:[\s\S]*/, '');
  const nested = `${'['.repeat(24)}1${']'.repeat(24)}, `;
  const stance = (i: number) => `  Y${i}: { position: 7, p: "0.5", evidence: 1e400, note: .nan }\n`;
  return {
    '1 MB of [': '['.repeat(MAX_SCENARIO_BYTES - 100),
    '1 MB of "- "': '- '.repeat((MAX_SCENARIO_BYTES - 100) / 2),
    '1 MB of nesting within the limit': fill(`${HEAD}rules: [`, () => nested, Infinity, ']\n'),
    '74,000 ally lines': manyAllies(74_000),
    '1 MB of wrong types in stances': fill(`${HEAD}allies:\n`, stance, Infinity),
    '1 MB flow list': fill(`${noSources}sources: [`, () => '1,', Infinity, '1]\n'),
    'ally lines, under the value limit': manyAllies(ROOM / 2),
    'wrong types in stances, under the limit': fill(`${HEAD}allies:\n`, stance, ROOM / 10),
    'flow list, under the limit': fill(`${noSources}sources: [`, () => '1,', ROOM, '1]\n'),
    'nesting within the limit, under it': fill(`${HEAD}rules: [`, () => nested, ROOM / 25, ']\n'),
    'duplicate keys, under the limit': fill(
      `${HEAD}allies:\n`,
      (i) => `  X${i - (i % 2)}: 1\n`,
      ROOM / 2,
    ),
  };
}
