/**
 * Writes tests/fixtures/scenarios/large-body-250.yaml: a synthetic body of 250 members with small
 * integer votes (1 to 79, total under 10,000), for the tests and benches that check the simulator
 * at the largest body it accepts. Not a real institution: its names say so.
 *   npx tsx scripts/writeLargeBody.ts
 */
import { writeFileSync } from 'node:fs';

const OUT = 'tests/fixtures/scenarios/large-body-250.yaml';
const N = 250;
// A fixed linear congruential sequence: the same file on every run.
let seed = 7;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const members = Array.from({ length: N }, (_, i) => {
  const id = `M${String(i + 1).padStart(3, '0')}`;
  return `    - { id: ${id}, name: Member ${i + 1}, weights: { votes: ${1 + Math.floor(next() * 79)} } }`;
});
const lines = [
  'format: 1',
  'id: large-body-250',
  'title: A synthetic assembly of 250 members (test data)',
  'date: 2023-07-11',
  'question: Does the simulator stay exact and usable at its largest body?',
  'rule: two-thirds-of-votes',
  'default:',
  '  position: undecided',
  '  evidence: assumption',
  '  note: Synthetic test data; no real body or position.',
  'body:',
  '  name: Synthetic assembly (test data)',
  '  members:',
  ...members,
  'rules:',
  '  - id: two-thirds-of-votes',
  '    label: Two thirds of the votes',
  '    kind: weighted',
  '    weight: votes',
  '    quota: { share: [2, 3] }',
  '    explanation: Passes with members holding at least two thirds of the votes in favour.',
  '  - id: double-majority',
  '    label: Double majority of members and votes',
  '    kind: qmv',
  '    members: { share: [55, 100] }',
  '    weight: votes',
  '    weightQuota: { share: [65, 100] }',
  '    blockingMinority: 4',
  '    explanation: Passes with 55% of the members holding 65% of the votes; a blocking minority needs four.',
  'sources:',
  '  - id: synthetic',
  '    title: Synthetic test data (scripts/writeLargeBody.ts)',
  '',
];
writeFileSync(OUT, lines.join('\n'));
console.log(`wrote ${OUT}`);
