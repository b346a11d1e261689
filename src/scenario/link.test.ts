import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../tests/support/fixtures';
import LZString from 'lz-string';
import {
  checkLink,
  decodeHandIn,
  decodeLink,
  describeLinkError,
  encodeHandIn,
  encodeLink,
  type LinkState,
} from './link';

interface Golden {
  link: string;
  state: LinkState;
}
const goldenFiles = readdirSync(join(FIXTURES, 'links')).filter((f) => f.endsWith('.json'));
const golden: [string, Golden][] = goldenFiles.flatMap((f) =>
  (JSON.parse(readFileSync(join(FIXTURES, 'links', f), 'utf8')) as { links: Golden[] }).links.map(
    (g): [string, Golden] => [`${f}: ${g.link}`, g],
  ),
);

describe('golden links decode forever', () => {
  it('has golden links for every released version', () => {
    expect(goldenFiles).toContain('v1.json');
    expect(goldenFiles).toContain('v2.json');
    expect(goldenFiles).toContain('v3.json');
    expect(goldenFiles).toContain('present.json');
    expect(golden.length).toBeGreaterThanOrEqual(5);
  });
  it.each(golden)('%s', (_, g) => {
    const d = decodeLink(g.link);
    expect(d).toEqual({ ok: true, state: g.state });
  });
});

const arbState: fc.Arbitrary<LinkState> = fc
  .record({
    scenario: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
    rule: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
    changes: fc.dictionary(
      fc.stringMatching(/^[A-Z][A-Z0-9]{1,3}$/),
      fc.oneof(
        fc.record({ position: fc.constantFrom('support', 'undecided', 'object' as const) }),
        fc.record({ p: fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000) }),
        fc.record({
          position: fc.constantFrom('support', 'undecided', 'object' as const),
          p: fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000),
        }),
      ),
      { maxKeys: 32 },
    ),
    // Revision 1 is what a link without one means: written as format 1, read back as absent.
    revision: fc.option(fc.integer({ min: 2, max: 999_999 }), { nil: undefined }),
    // Presenter mode off is no option at all: read back as absent.
    present: fc.option(fc.constant(true), { nil: undefined }),
  })
  .map(({ revision, present, ...rest }) => ({
    ...rest,
    ...(revision === undefined ? {} : { revision }),
    ...(present === undefined ? {} : { present }),
  }));

describe('links round-trip and decoding is total', () => {
  it('encode then decode gives the same state', () => {
    fc.assert(
      fc.property(arbState, (state) => {
        expect(decodeLink(`#${encodeLink(state)}`)).toEqual({ ok: true, state });
      }),
      { numRuns: 500 },
    );
  });

  it('a link that carries a scenario (format 2) round-trips, whatever the text', () => {
    fc.assert(
      fc.property(
        arbState,
        fc.string({ minLength: 1, maxLength: 400 }),
        (withRevision, embedded) => {
          // A link that carries its scenario needs no revision: the copy is the scenario.
          const state = { ...withRevision };
          delete state.revision;
          const link = encodeLink({ ...state, embedded });
          expect(link.startsWith('2/')).toBe(true);
          expect(decodeLink(`#${link}`)).toEqual({ ok: true, state: { ...state, embedded } });
        },
      ),
      { numRuns: 300 },
    );
  });

  /** Decoding returns a valid state or a typed error, and never throws. */
  const total = (text: string) => {
    const d = decodeLink(text);
    if (d.ok) {
      expect(typeof d.state.scenario).toBe('string');
      for (const c of Object.values(d.state.changes))
        if (c.p !== undefined) expect(c.p >= 0 && c.p <= 1).toBe(true);
    } else expect(describeLinkError(d.error)).toMatch(/link/i);
  };

  it('random format-2 links', () =>
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (tail) =>
        total(`#2/test-case/consensus//${tail}`),
      ),
      { numRuns: 1000 },
    ));
  it('random strings', () =>
    fc.assert(fc.property(fc.string({ maxLength: 300 }), total), { numRuns: 1500 }));
  it('random unicode and %-escapes', () =>
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) =>
        total(`#${encodeURIComponent(s)}%`),
      ),
      { numRuns: 500 },
    ));

  it('truncations and mutations of real links', () => {
    const real = golden.map(([, g]) => g.link);
    fc.assert(
      fc.property(
        fc.constantFrom(...real),
        fc.nat(),
        fc.nat(),
        fc.string({ maxLength: 3 }),
        (link, cut, at, insert) => {
          total(link.slice(0, cut % (link.length + 1)));
          const i = at % (link.length + 1);
          total(link.slice(0, i) + insert + link.slice(i + 1));
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('damaged and unknown links get a clear error', () => {
  it.each([
    ['', 'empty'],
    ['#', 'empty'],
    ['#4/vilnius-2023/consensus/', 'newer-version'],
    ['#0/vilnius-2023/consensus/', 'unknown-version'],
    ['#hello', 'unknown-version'],
    ['#1/vilnius-2023', 'malformed'],
    ['#1/vilnius-2023/consensus/FR=x', 'malformed'],
    ['#1/vilnius-2023/consensus/FR=s,FR=o', 'malformed'],
    ['#1/vilnius-2023/consensus/HU=@1.5', 'malformed'],
    ['#1/vilnius-2023/consensus/%E0%A4%A', 'malformed'],
    ['#2/test-case/consensus/', 'malformed'],
    ['#2/test-case/consensus//', 'malformed'],
    ['#2/test-case/consensus//not*lz', 'malformed'],
    ['#2/test-case/consensus//AAAA', 'malformed'],
  ])('%j is %s', (link, kind) => {
    const d = decodeLink(link);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.error.kind).toBe(kind);
  });

  it('checks the scenario, the rule and the allies against what is on offer', () => {
    const offer = [
      { id: 'vilnius-2023', rules: [{ id: 'consensus' }], members: [{ id: 'FR' }, { id: 'DE' }] },
    ];
    const check = (link: string) => {
      const d = decodeLink(link);
      if (!d.ok) throw new Error('should decode');
      return checkLink(d.state, offer)?.kind ?? null;
    };
    expect(check('#1/vilnius-2023/consensus/FR=s')).toBeNull();
    expect(check('#1/nowhere/consensus/')).toBe('unknown-scenario');
    expect(check('#1/vilnius-2023/qmv/')).toBe('unknown-rule');
    expect(check('#1/vilnius-2023/consensus/SE=s')).toBe('unknown-ally');
  });
});

describe('format 3: a link names the scenario revision it was made on', () => {
  it('writes revision 1 as format 1, and later revisions as format 3', () => {
    const table = { scenario: 'vilnius-2023', rule: 'consensus', changes: {} };
    expect(encodeLink({ ...table, revision: 1 })).toBe('1/vilnius-2023/consensus/');
    expect(encodeLink({ ...table, revision: 2 })).toBe('3/vilnius-2023/consensus//r=2');
  });

  it.each([
    ['#3/vilnius-2023/consensus//r=0', 'revision is not a number'],
    ['#3/vilnius-2023/consensus//r=x', 'revision is not a number'],
    ['#3/vilnius-2023/consensus//r=2,r=3', 'revision twice'],
    ['#3/vilnius-2023/consensus//<b>', 'is not understood'],
    ['#3/vilnius-2023/consensus/', 'a rule, changes and options'],
    [`#3/vilnius-2023/consensus//${'a=b,'.repeat(60)}`, 'too long'],
  ])('refuses %s with a clear reason', (link, words) => {
    const d = decodeLink(link);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(describeLinkError(d.error)).toContain(words);
  });
});

describe('the presenter option: present=1 opens in presenter mode', () => {
  const table = { scenario: 'vilnius-2023', rule: 'consensus', changes: {} };

  it('is written as an option of format 3, after the revision', () => {
    expect(encodeLink({ ...table, present: true })).toBe('3/vilnius-2023/consensus//present=1');
    expect(encodeLink({ ...table, revision: 2, present: true })).toBe(
      '3/vilnius-2023/consensus//r=2,present=1',
    );
    // Off is not written: the link stays as it was before the option existed.
    expect(encodeLink({ ...table, present: false })).toBe('1/vilnius-2023/consensus/');
    expect(encodeLink({ ...table, revision: 2, present: false })).toBe(
      '3/vilnius-2023/consensus//r=2',
    );
  });

  it('travels after the copy in a link that carries its scenario (format 2)', () => {
    const carried = encodeLink({ ...table, embedded: '{"id":"x"}', present: true });
    expect(carried).toMatch(/^2\/vilnius-2023\/consensus\/\/[A-Za-z0-9+$-]+\/present=1$/);
    expect(decodeLink(carried)).toEqual({
      ok: true,
      state: { ...table, embedded: '{"id":"x"}', present: true },
    });
    // Without the option, the format-2 link is exactly what earlier versions wrote.
    expect(encodeLink({ ...table, embedded: '{"id":"x"}' }).split('/')).toHaveLength(5);
  });

  it('reads present=0 as the editing view, and skips options it does not know', () => {
    expect(decodeLink('#3/vilnius-2023/consensus//present=0')).toEqual({ ok: true, state: table });
    expect(decodeLink('#3/vilnius-2023/consensus//theme=dark,present=1')).toEqual({
      ok: true,
      state: { ...table, present: true },
    });
  });

  it('skips a revision in a link that carries its scenario (the copy is the scenario)', () => {
    const carried = encodeLink({ ...table, embedded: 'text' });
    expect(decodeLink(`${carried}/r=4,present=1`)).toEqual({
      ok: true,
      state: { ...table, embedded: 'text', present: true },
    });
    expect(decodeLink(`${carried}/`)).toEqual({ ok: true, state: { ...table, embedded: 'text' } });
  });

  it.each([
    ['#3/vilnius-2023/consensus//present=yes', 'presenter option is not 0 or 1'],
    ['#3/vilnius-2023/consensus//present=', 'presenter option is not 0 or 1'],
    ['#3/vilnius-2023/consensus//present=1,present=1', 'presenter option twice'],
    ['#3/vilnius-2023/consensus//present', 'is not understood'],
    ['#3/vilnius-2023/consensus//present=1/', 'a rule, changes and options'],
    ['#2/test-case/consensus//AAAA/present=1', 'copy of the scenario'],
    ['#2/test-case/consensus//N4Ig/present=1/x', 'copy of the scenario'],
  ])('refuses %s with a clear reason', (link, words) => {
    const d = decodeLink(link);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(describeLinkError(d.error)).toContain(words);
  });

  it('a damaged options segment after a carried copy is refused, never thrown', () => {
    const carried = `#${encodeLink({ ...table, embedded: 'text' })}`;
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (tail) => {
        const d = decodeLink(`${carried}/${tail}`);
        if (d.ok) expect(d.state.embedded).toBe('text');
        else expect(describeLinkError(d.error)).toMatch(/link/i);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a hand-in carries answers, never results', () => {
  const answers = {
    'vilnius-one-change': { FR: { position: 'support' } },
    'who-vetoes': ['FR', 'HU'],
  };
  const state: LinkState = {
    scenario: 'vilnius-2023',
    rule: 'consensus',
    changes: { FR: { position: 'support' } },
    handIn: encodeHandIn(answers),
  };

  it('round-trips, beside the revision and the presenter option', () => {
    const link = encodeLink({ ...state, revision: 2 });
    expect(link).toMatch(/^3\/vilnius-2023\/consensus\/FR=s\/r=2,hand=[A-Za-z0-9+$-]+$/);
    const decoded = decodeLink(`#${link}`);
    expect(decoded).toEqual({ ok: true, state: { ...state, revision: 2 } });
    expect(decoded.ok && decodeHandIn(decoded.state.handIn ?? '')).toEqual(answers);
  });

  it('a cut or altered hand-in is refused or unreadable, never thrown', () => {
    const link = encodeLink(state);
    expect(decodeLink(`#${link.replace('hand=', 'hand=%')}`).ok).toBe(false);
    expect(decodeLink(`#${link},hand=ABC`)).toMatchObject({ ok: false });
    expect(decodeHandIn('not-a-payload')).toBeNull();
    expect(decodeHandIn(encodeHandIn({}).slice(0, 3))).toBeNull();
    // JSON, but not answers by exercise.
    expect(decodeHandIn(LZString.compressToEncodedURIComponent('[1,2]'))).toBeNull();
  });
});

describe('the language option: lang=fr opens the table in French', () => {
  const table = { scenario: 'vilnius-2023', rule: 'consensus', changes: {} };

  it('round-trips as an option of format 3, beside the revision and the presenter option', () => {
    const state = {
      ...table,
      changes: { FR: { position: 'support' as const } },
      lang: 'fr' as const,
    };
    expect(encodeLink(state)).toBe('3/vilnius-2023/consensus/FR=s/lang=fr');
    expect(decodeLink(`#${encodeLink(state)}`)).toEqual({ ok: true, state });
    const all = { ...state, revision: 2, present: true };
    expect(encodeLink(all)).toBe('3/vilnius-2023/consensus/FR=s/r=2,present=1,lang=fr');
    expect(decodeLink(`#${encodeLink(all)}`)).toEqual({ ok: true, state: all });
  });

  it('travels after the copy in a link that carries its scenario (format 2)', () => {
    const state = { ...table, embedded: '{"id":"x"}', lang: 'fr' as const };
    expect(decodeLink(`#${encodeLink(state)}`)).toEqual({ ok: true, state });
  });

  it('English writes nothing: the link is the one earlier versions wrote', () => {
    expect(encodeLink({ ...table, lang: 'en' })).toBe(encodeLink(table));
    expect(encodeLink({ ...table, lang: 'en' })).toBe('1/vilnius-2023/consensus/');
  });

  it('reads lang=en as English and skips a language it does not speak', () => {
    expect(decodeLink('#3/vilnius-2023/consensus//lang=en')).toEqual({
      ok: true,
      state: { ...table, lang: 'en' },
    });
    expect(decodeLink('#3/vilnius-2023/consensus//lang=xx')).toEqual({ ok: true, state: table });
  });

  it('refuses the language given twice', () => {
    const d = decodeLink('#3/vilnius-2023/consensus//lang=fr,lang=en');
    expect(d.ok).toBe(false);
    if (!d.ok) expect(describeLinkError(d.error)).toMatch(/language twice/);
  });
});
