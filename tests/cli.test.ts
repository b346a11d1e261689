// The command line as people call it: real processes, real files, exit codes and output.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_SCENARIOS, badScenarioCases } from './support/fixtures';

const ROOT = join(import.meta.dirname, '..');

/** Runs `npm run nac -- ...args` the way the README says (via tsx directly, unless `viaNpm`). */
function nac(args: string[], viaNpm = false) {
  const r = viaNpm
    ? spawnSync('npm', ['run', '-s', 'nac', '--', ...args], { cwd: ROOT, encoding: 'utf8' })
    : spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
      });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('nac evaluate', () => {
  it('reports the Vilnius table blocked by France, as JSON', () => {
    const r = nac(['evaluate', 'scenarios/2023-07-vilnius.yaml', '--json'], true);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      rule: 'consensus',
      outcome: 'blocked',
      pivotal: ['FR'],
      probability: 0,
    });
    expect(json.blockers).toContain('FR');
    // DESIGN.md's fields, plus what each blocker rests on and who has no figure.
    expect(Object.keys(json).sort()).toEqual([
      'blockers',
      'evidence',
      'missing',
      'noFigure',
      'outcome',
      'pivotal',
      'probability',
      'rule',
    ]);
    expect(json.evidence).toEqual({ FR: 'named-official', DE: 'inference' });
    expect(json.noFigure).toEqual([]);
  });

  it('names each blocker with the strength of its evidence, in text', () => {
    const r = nac(['evaluate', 'vilnius-2023']);
    expect(r.stdout).toMatch(
      /^Blocked: France objects \(named official\); Germany, following France \(reported\)\.$/m,
    );
    const set = nac(['evaluate', 'vilnius-2023', '--set', 'FR=support,DE=object', '--json']);
    expect(JSON.parse(set.stdout)).toMatchObject({
      blockers: ['DE'],
      evidence: { DE: 'your-change' },
    });
  });

  it('says which members a weighted rule counts as 0 for want of a figure', () => {
    const r = nac(['evaluate', 'washington-2024', '--rule', 'weighted']);
    expect(r.stdout).toMatch(/Iceland and Sweden have no defence-spending figure in the data/);
    const json = JSON.parse(
      nac(['evaluate', 'washington-2024', '--rule', 'weighted', '--json']).stdout,
    );
    expect(json).toMatchObject({ noFigure: ['IS', 'SE'] });
    const power = nac(['power', 'washington-2024', '--rule', 'weighted']);
    expect(power.stdout).toMatch(/Iceland and Sweden have no defence-spending figure/);
    // Under a rule that weighs nothing, nothing to say.
    expect(nac(['power', 'washington-2024']).stdout).not.toMatch(/no defence-spending figure/);
  });

  it('passes once France and Germany stop objecting, with Hungary presumed to consent', () => {
    const r = nac(['evaluate', 'vilnius-2023', '--set', 'FR=support,DE=support']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Passes: no ally objects; Hungary is presumed to consent/m);
  });

  it('a follower moves with its leader: setting France alone lifts both objections', () => {
    const r = nac(['evaluate', 'vilnius-2023', '--set', 'FR=s', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ outcome: 'passes', blockers: [] });
  });

  it('judges the same table under another rule, with the exact odds', () => {
    const r = nac([
      'evaluate',
      'vilnius-2023',
      '--rule',
      'unanimity',
      '--set',
      'FR=s,HU=undecided@0.2',
      '--json',
    ]);
    expect(JSON.parse(r.stdout)).toMatchObject({
      rule: 'unanimity',
      outcome: 'pending',
      missing: ['HU'],
    });
    expect((JSON.parse(r.stdout) as { probability: number }).probability).toBeCloseTo(0.2, 12);
  });

  it('says what is wrong with bad input, exit 1, no stack trace', () => {
    for (const args of [
      ['evaluate', 'vilnius-2023', '--set', 'XX=support'],
      ['evaluate', 'vilnius-2023', '--rule', 'coin-toss'],
      ['evaluate', 'no-such-scenario'],
    ]) {
      const r = nac(args);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^nac: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('usage mistakes exit 2', () => {
    expect(nac(['evaluate']).code).toBe(2);
    expect(nac(['frobnicate']).code).toBe(2);
    expect(nac(['evaluate', 'vilnius-2023', '--set', 'FR']).code).toBe(2);
    expect(nac(['evaluate', 'vilnius-2023', '--colour']).code).toBe(2);
    const help = nac(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/validate <file\|dir>/);
    // In French, the help is French; the commands and options keep their names.
    const aide = nac(['--help', '--lang', 'fr']);
    expect(aide.code).toBe(0);
    expect(aide.stdout).toMatch(/^Usage\u00a0: npm run nac -- <commande> \[options\]$/m);
    expect(aide.stdout).toMatch(/^ {2}--lang en\|fr {5}Langue de la sortie texte/m);
  });
});

describe('nac validate', () => {
  it('accepts every shipped scenario', () => {
    const r = nac(['validate', 'scenarios']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\d+ scenario files valid/);
  });

  it('prints file:line:column: message for each bad file and exits 1', () => {
    const r = nac(['validate', BAD_SCENARIOS]);
    expect(r.code).toBe(1);
    for (const [file, e] of badScenarioCases()) {
      const line = r.stdout.split('\n').find((l) => l.startsWith(`${join(BAD_SCENARIOS, file)}:`));
      expect(line, file).toBeDefined();
      expect(line).toContain(`:${e.line}:${e.column}: `);
      expect(line).toContain(e.message);
    }
  });

  it('lists at most 200 problems per file, then counts the rest', () => {
    const file = join(BAD_SCENARIOS, 'many-allies.yaml');
    const r = nac(['validate', file]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(201);
    expect(lines[199]).toBe(
      `${file}:213:9: allies.X199: expected a mapping with position, evidence, note, got the number 1`,
    );
    expect(lines[200]).toBe(`${file}: … and 50 more`);
  });

  it('reads 1,000 nested [ twice in one process: two located problems, exit 1, no crash', () => {
    const file = join(BAD_SCENARIOS, 'deep-nesting.yaml');
    const r = nac(['validate', file, file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines)
      expect(line).toMatch(/deep-nesting\.yaml:1:33: nesting is deeper than 32 levels/);
  });
});

describe('nac power and link', () => {
  it('every ally holds 1/31 under consensus in 2023', () => {
    const r = nac(['power', 'vilnius-2023', '--json']);
    const json = JSON.parse(r.stdout) as {
      rule: string;
      winningCoalitions: number;
      members: { id: string; banzhaf: number; shapleyShubik: number; powerToPrevent: number }[];
    };
    expect(json.rule).toBe('consensus');
    expect(json.winningCoalitions).toBe(1);
    expect(json.members).toHaveLength(31);
    for (const m of json.members) {
      expect(m.banzhaf).toBeCloseTo(1 / 31, 12);
      expect(m.shapleyShubik).toBeCloseTo(1 / 31, 12);
      expect(m.powerToPrevent).toBe(1);
    }
  });

  it('the United States is far ahead under qmv', () => {
    const r = nac(['power', 'washington-2024', '--rule', 'qmv', '--json']);
    const json = JSON.parse(r.stdout) as { members: { id: string; banzhaf: number }[] };
    const sorted = [...json.members].sort((a, b) => b.banzhaf - a.banzhaf);
    expect(sorted[0]?.id).toBe('US');
    expect(sorted[0]!.banzhaf).toBeGreaterThan(3 * sorted[1]!.banzhaf);
  });

  it('a 250-member body: counts past 2^53 are exact decimal strings, smaller ones numbers', () => {
    const r = nac(['power', 'tests/fixtures/scenarios/large-body-250.yaml', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      winningCoalitions: number | string;
      members: { id: string; swings: number | string; banzhaf: number }[];
    };
    expect(json.members).toHaveLength(250);
    expect(typeof json.winningCoalitions).toBe('string');
    expect(BigInt(json.winningCoalitions) > 2n ** 53n).toBe(true);
    for (const m of json.members) {
      if (typeof m.swings === 'string') expect(BigInt(m.swings) > 2n ** 53n, m.id).toBe(true);
      else expect(Number.isSafeInteger(m.swings), m.id).toBe(true);
    }
    const total = json.members.reduce((t, m) => t + m.banzhaf, 0);
    expect(total).toBeCloseTo(1, 12);
    // Small counts stay numbers (one winning coalition under consensus).
    const small = nac(['power', 'vilnius-2023', '--json']);
    expect(
      typeof (JSON.parse(small.stdout) as { winningCoalitions: unknown }).winningCoalitions,
    ).toBe('number');
  });

  it('prints a short share link that decodes to the same table', () => {
    const r = nac([
      'link',
      'vilnius-2023',
      '--set',
      'FR=support',
      '--base',
      'https://example.org/sim/',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('https://example.org/sim/#3/vilnius-2023/consensus/FR=s/r=2');
  });
});

describe('nac --lang', () => {
  it('evaluate --lang fr: the outcome, the pivotal allies and the odds in French', () => {
    const r = nac(['evaluate', 'scenarios/2023-07-vilnius.yaml', '--lang', 'fr'], true);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Bloquée\u00a0: France s’y oppose \(responsable cité\)\u00a0; Allemagne, dans le sillage de France \(selon la presse\)\.$/m,
    );
    expect(r.stdout).toMatch(/^Pivots \(un seul changement renverse le résultat\)\u00a0: France$/m);
    expect(r.stdout).toMatch(/^Probabilité d’adoption\u00a0: 0,0\u00a0% \(les alliés indécis/m);
    // The scenario's title and the rule are the file's own French, as the page shows them.
    expect(r.stdout).toMatch(/^Sommet de Vilnius, juillet 2023\u00a0: le bureau de Tokyo rayé/);
    expect(r.stdout).toMatch(/^Règle\u00a0: Consensus du CAN\./m);
    // English stays the default, and says so with --lang en too.
    expect(nac(['evaluate', 'vilnius-2023', '--lang', 'en']).stdout).toBe(
      nac(['evaluate', 'vilnius-2023']).stdout,
    );
  });

  it('--json is the same in any language', () => {
    const en = nac(['evaluate', 'vilnius-2023', '--set', 'FR=s', '--json']).stdout;
    expect(
      nac(['evaluate', 'vilnius-2023', '--set', 'FR=s', '--json', '--lang', 'fr']).stdout,
    ).toBe(en);
    expect(nac(['power', 'vilnius-2023', '--json', '--lang', 'fr']).stdout).toBe(
      nac(['power', 'vilnius-2023', '--json']).stdout,
    );
  });

  it('power, validate and link in French', () => {
    const power = nac(['power', 'washington-2024', '--rule', 'qmv', '--lang', 'fr']).stdout;
    expect(power).toMatch(
      /^Indices de pouvoir selon la règle .*\u00a0: Conseil de l’Atlantique Nord, 32 alliés$/m,
    );
    expect(power).toMatch(/^Allié {19}Banzhaf {2}Shapley {2}Blocage$/m);
    expect(power).toMatch(/^États-Unis +\d+,\d\d\u00a0%/m);
    expect(nac(['validate', 'scenarios', '--lang', 'fr']).stdout).toMatch(
      /^\d+ fichiers de scénario valides$/m,
    );
    expect(nac(['link', 'vilnius-2023', '--set', 'FR=s', '--lang', 'fr']).stdout.trim()).toBe(
      'http://localhost:5173/#3/vilnius-2023/consensus/FR=s/r=2,lang=fr',
    );
  });

  const aide = 'Lancez «\u00a0npm run nac -- --help\u00a0» pour l’aide.\n';
  const help = 'Run "npm run nac -- --help" for usage.\n';
  const usage: [string[], string, string][] = [
    [
      ['frobnicate'],
      'nac: unknown command "frobnicate" (try validate, evaluate, power or link)\n',
      'nac: commande inconnue «\u00a0frobnicate\u00a0» (essayez validate, evaluate, power ou link)\n',
    ],
    [
      ['evaluate'],
      'nac: evaluate takes one scenario (a file or a shipped scenario id)\n',
      'nac: evaluate attend un seul scénario (un fichier, ou l’identifiant d’un scénario fourni)\n',
    ],
    [
      ['evaluate', 'vilnius-2023', '--set', 'FR=maybe'],
      'nac: unknown position "maybe" (support, undecided or object)\n',
      'nac: position inconnue «\u00a0maybe\u00a0» (support, undecided ou object)\n',
    ],
    [
      ['evaluate', 'vilnius-2023', '--set', 'FR'],
      'nac: --set expects ALLY=position[@p], e.g. FR=support or HU=undecided@0.2; got "FR"\n',
      'nac: --set attend ALLIÉ=position[@p], p. ex. FR=support ou HU=undecided@0.2\u00a0; reçu «\u00a0FR\u00a0»\n',
    ],
    [
      ['validate'],
      'nac: validate needs at least one file or folder\n',
      'nac: validate attend au moins un fichier ou un dossier\n',
    ],
  ];

  it.each(usage)(
    'usage mistake %j: in French with --lang fr, exit 2; English as before',
    (args, english, french) => {
      expect(nac(args)).toEqual({ code: 2, stdout: '', stderr: english + help });
      expect(nac([...args, '--lang', 'fr'])).toEqual({
        code: 2,
        stdout: '',
        stderr: french + aide,
      });
    },
  );

  it('reads --lang fr anywhere for usage mistakes, the last --lang counting', () => {
    // --lang fr anywhere, even before what util.parseArgs refuses: Node's own words stay English.
    const unknown = nac(['--lang', 'fr', 'evaluate', 'vilnius-2023', '--colour']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^nac: Unknown option '--colour'\./);
    expect(unknown.stderr.endsWith(`\n${aide}`)).toBe(true);
    expect(nac(['evaluate', 'vilnius-2023', '--colour']).stderr.endsWith(`\n${help}`)).toBe(true);
    // The last --lang is the one that counts: English, or an unknown language said in English.
    expect(nac(['frobnicate', '--lang', 'fr', '--lang', 'en']).stderr).toBe(usage[0]![1] + help);
    expect(nac(['frobnicate', '--lang', 'fr', '--lang', 'de'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `nac: unknown language "de" (en or fr)\n${help}`,
    });
  });

  it('input mistakes in French too (exit 1): a rule the scenario lacks, a link with no page', () => {
    const rule = ['evaluate', 'vilnius-2023', '--rule', 'nope'];
    expect(nac(rule)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'nac: rule "nope" is not available for vilnius-2023 (try: consensus, unanimity, majority, two-thirds, qmv, weighted, weighted-population, veto-players)\n',
    });
    expect(nac([...rule, '--lang', 'fr'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'nac: la règle «\u00a0nope\u00a0» n’est pas disponible pour vilnius-2023 (essayez\u00a0: consensus, unanimity, majority, two-thirds, qmv, weighted, weighted-population, veto-players)\n',
    });
    expect(nac(['power', 'vilnius-2023', '--rule', 'nope', '--lang', 'fr']).stderr).toMatch(
      /^nac: la règle «\u00a0nope\u00a0» n’est pas disponible/,
    );
    const link = ['link', 'unsc-comparison', '--base', ''];
    expect(nac(link)).toEqual({ code: 1, stdout: '', stderr: 'nac: no base address\n' });
    expect(nac([...link, '--lang', 'fr'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'nac: aucune adresse de base (donnez celle de la page avec --base)\n',
    });
  });

  it('an unknown language is a usage mistake (exit 2), named', () => {
    const r = nac(['evaluate', 'vilnius-2023', '--lang', 'de']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^nac: unknown language "de" \(en or fr\)$/m);
  });
});
