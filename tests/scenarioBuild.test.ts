// The build's reading of the shipped scenarios (scripts/vitePluginScenarios.ts), through Vite's own
// build: each file is checked once for both modules, and a bad file or a repeated id stops the
// build with the file and the place.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { scenarioCatalog } from '../scripts/vitePluginScenarios';

const SPRING = join(import.meta.dirname, '../scenarios/2023-04-spring.yaml');
const VILNIUS = join(import.meta.dirname, '../scenarios/2023-07-vilnius.yaml');

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Builds a page that imports both modules from a folder of scenarios; the bundle's code. */
async function buildWith(files: Record<string, string>): Promise<string> {
  dir = mkdtempSync(join(tmpdir(), 'nac-build-'));
  const scenarios = join(dir, 'scenarios');
  writeFileSync(
    join(dir, 'entry.js'),
    "import s from 'virtual:scenarios';\nimport t from 'virtual:scenario-translations';\nconsole.log(s, t);\n",
  );
  mkdirSync(scenarios);
  for (const [name, from] of Object.entries(files)) copyFileSync(from, join(scenarios, name));
  const out = (await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [scenarioCatalog([scenarios])],
    build: { write: false, minify: false, rollupOptions: { input: join(dir, 'entry.js') } },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const [first] = Array.isArray(out) ? out : [out];
  return first?.output.map((o) => (o.type === 'chunk' ? o.code : '')).join('\n') ?? '';
}

describe('the build reads the scenario files', () => {
  it('gives the scenarios, and their translations as a module of their own', async () => {
    const code = await buildWith({ 'a.yaml': SPRING, 'b.yaml': VILNIUS });
    expect(code).toContain('"spring-2023"');
    expect(code).toContain('"vilnius-2023"');
    expect(code).toContain('Sommet de Vilnius');
  }, 30_000);

  it('stops at a broken file, naming the file, the line and the column', async () => {
    const broken = join(tmpdir(), `nac-broken-${process.pid}.yaml`);
    writeFileSync(broken, 'format: 1\nid: broken\ntitle: [unclosed\n');
    try {
      await expect(buildWith({ 'broken.yaml': broken })).rejects.toThrow(
        /scenarios[\\/]broken\.yaml:\d+:\d+: /,
      );
    } finally {
      rmSync(broken);
    }
  }, 30_000);

  it('stops at two files with one id', async () => {
    await expect(buildWith({ 'a.yaml': SPRING, 'b.yaml': SPRING })).rejects.toThrow(
      /b\.yaml: scenario id "spring-2023" is already used by .*a\.yaml/,
    );
  }, 30_000);
});
