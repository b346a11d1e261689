import { describe, expect, it } from 'vitest';
import { EMPTY_ROOM, type Action, type LogEntry } from '../room/authority';
import { actionWords, debriefMarkdown, type RoomNames } from './room';
import { roundSentence } from './rounds';

const names: RoomNames = {
  member: (id) => ({ FR: 'France', HU: 'Hungary' })[id] ?? id,
  rule: (id) => (id === 'consensus' ? 'NAC consensus' : id),
  scenario: (id) => (id === 'vilnius-2023' ? 'Vilnius summit' : id),
  student: (id) => (id === 's1' ? 'Ana' : 'a student who left'),
};

describe('a class room in words', () => {
  it('says what each action did', () => {
    const said = (action: Action) => actionWords(action, names);
    expect(said({ type: 'set', member: 'FR', position: 'support' })).toBe('set France to Support');
    expect(said({ type: 'assign', student: 's1', member: 'HU' })).toBe('gave Hungary to Ana');
    expect(said({ type: 'silence', seconds: 120 })).toBe(
      'put the question under silence for 2 minutes',
    );
    expect(said({ type: 'extend', seconds: 60 })).toBe('extended the silence by 1 minute');
    expect(said({ type: 'silence', seconds: 15 })).toBe(
      'put the question under silence for 15 seconds',
    );
    expect(
      said({ type: 'scenario', scenario: 'vilnius-2023', rule: 'consensus', members: ['FR'] }),
    ).toBe('opened “Vilnius summit” under NAC consensus');
  });

  it('names who broke silence, with the ally and the reason', () => {
    const round = {
      started: 0,
      deadline: 120_000,
      ended: 5_000,
      result: 'broken' as const,
      brokenBy: { member: 'HU', name: 'Ben', reason: 'Not yet.' },
    };
    expect(roundSentence(round, names.member)).toMatch(
      /^Silence broken by Hungary \(Ben\) at \d\d:\d\d:\d\d: “Not yet\.” The decision is blocked\.$/,
    );
    expect(roundSentence({ ...round, result: 'adopted' }, names.member)).toMatch(/^Adopted/);
  });

  it('writes a debrief whose table cells cannot be broken by a name', () => {
    const log: LogEntry[] = [
      { at: 1, who: 'Teacher', action: { type: 'lock' } },
      { at: 2, who: 'A|na *', member: 'FR', action: { type: 'break', reason: 'no | way' } },
    ];
    const text = debriefMarkdown({
      code: 'K7PQ2M',
      title: 'Vilnius summit',
      ruleLabel: 'NAC consensus',
      outcome: 'Blocked: France objects.',
      link: 'https://example.org/#1/vilnius-2023/consensus/',
      room: { ...EMPTY_ROOM, people: { s1: 'Ana' }, holders: { s1: 'FR' } },
      log,
      names,
      at: Date.UTC(2026, 11, 7, 15, 0, 0),
    });
    expect(text).toContain('# Class room K7PQ2M: debrief');
    expect(text).toContain('Open it: <https://example.org/#1/vilnius-2023/consensus/>');
    expect(text).toContain('- Ana: France');
    expect(text).toContain('Rounds of silence\n\nNone.');
    const rows = text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(3); // the header and two lines
    // Each row has exactly three cells: the pipes in a name or a reason are escaped.
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(5);
    expect(rows[2]).toContain('A\\|na \\* (France)');
  });
});
