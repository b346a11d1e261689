// The scenario files shown in scenarios/README.md are valid: the guide never teaches a mistake.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../src/scenario/parse';
import { SCENARIOS } from './support/fixtures';

const guide = readFileSync(join(SCENARIOS, 'README.md'), 'utf8');
/** Complete YAML examples: fenced blocks (indented or not) that start with the schema line. */
const examples = [...guide.matchAll(/^( *)```yaml\n([\s\S]*?)^\1```/gm)]
  .map(([, indent = '', body = '']) =>
    body
      .split('\n')
      .map((line) => line.slice(indent.length))
      .join('\n'),
  )
  .filter((body) => body.includes('format: 1'));

describe('the authoring guide', () => {
  it('has complete examples', () => expect(examples.length).toBeGreaterThanOrEqual(2));
  it.each(examples.map((e) => [/^id: (.*)$/m.exec(e)?.[1] ?? '?', e]))('%s validates', (_, e) => {
    const parsed = parseScenario(e);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });
  it('shows how editors find the schema', () => {
    expect(guide).toContain('# yaml-language-server: $schema=./scenario.schema.json');
    expect(guide).toContain('"yaml.schemas"');
    expect(guide).toContain('"$schema"');
  });
});
