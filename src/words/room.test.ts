import { describe, expect, it } from 'vitest';
import { EMPTY_ROOM, type Action, type LogEntry } from '../room/authority';
import { ACTION_REFUSALS, DISPLAY_NAME_RULE, REASON_RULE } from '../room/refusals';
import { seatName } from './allyNames';
import frenchCatalog from './compiled/fr.json';
import { createWords, type Catalog } from './intl';
import {
  actionRefusal,
  actionWords,
  answeredSentence,
  connectionRefusal,
  debriefMarkdown,
  leaveRoomWords,
  sayPhrase,
  type RoomNames,
} from './room';
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

describe('a class room in French', () => {
  const french = createWords('fr', frenchCatalog as unknown as Catalog);
  const frenchNames: RoomNames = {
    ...names,
    member: (id) => seatName(id, names.member(id), french),
  };

  it('says each action in French, with the French names and positions', () => {
    const said = (action: Action) => actionWords(action, frenchNames, french);
    expect(said({ type: 'set', member: 'HU', position: 'object' })).toBe(
      'a mis Hongrie sur Objection',
    );
    expect(said({ type: 'silence', seconds: 120 })).toBe(
      'a soumis la question à la procédure de silence pour 2 minutes',
    );
    expect(said({ type: 'extend', seconds: 60 })).toBe('a prolongé le silence de 1 minute');
    expect(said({ type: 'break', reason: 'Pas encore.' })).toBe(
      'a rompu le silence\u00a0: «\u00a0Pas encore.\u00a0»',
    );
  });

  it('counts the answers with French plurals (one: 0 and 1)', () => {
    expect(answeredSentence(0, 5, null, french)).toBe('0 élève sur 5 a répondu.');
    expect(answeredSentence(3, 5, 2, french)).toBe(
      '3 élèves sur 5 ont répondu\u00a0; 2 correctement.',
    );
    // English as it always was.
    expect(answeredSentence(1, 1, 1)).toBe('1 of 1 student has answered it; 1 correctly.');
    expect(answeredSentence(0, 2, 0)).toBe('0 of 2 students have answered it.');
  });

  it('asks before leaving in whole sentences, in either language', () => {
    expect(leaveRoomWords(1, true)).toBe(
      'Leave the room on this screen? 1 student is in it and stays. The round of silence runs on without you. You can come back as its teacher by opening its join link in this browser.',
    );
    expect(leaveRoomWords(2, false, french)).toBe(
      'Quitter la salle sur cet écran\u00a0? 2 élèves y sont et y restent. Vous pourrez y revenir comme enseignant en ouvrant son lien dans ce navigateur.',
    );
  });

  it('says the room server’s refusals where they are shown, by kind: English as the server wrote it', () => {
    const reasons = [
      'positions are locked',
      'FR is already held; the teacher can add you to it',
      'a round cannot start while an ally objects: FR, HU',
      REASON_RULE,
      'something new the server says',
    ];
    for (const reason of reasons)
      expect(sayPhrase(actionRefusal(reason))).toBe(`The room did not take that: ${reason}.`);
    expect(sayPhrase(actionRefusal('positions are locked'), french)).toBe(
      'La salle n’a pas accepté cette action\u00a0: les positions sont verrouillées.',
    );
    expect(sayPhrase(actionRefusal('you do not hold DE'), french)).toBe(
      'La salle n’a pas accepté cette action\u00a0: vous ne tenez pas DE.',
    );
    expect(sayPhrase(connectionRefusal('the room is full: 100 students', 'student'))).toBe(
      'The room could not be joined: The room is full: 100 students.',
    );
    expect(sayPhrase(connectionRefusal('the room is full: 100 students', 'student'), french)).toBe(
      'Impossible de rejoindre la salle\u00a0: La salle est pleine\u00a0: 100 élèves.',
    );
    expect(sayPhrase(connectionRefusal(DISPLAY_NAME_RULE, 'teacher'))).toBe(
      `The room server refused to open this room: ${DISPLAY_NAME_RULE.charAt(0).toUpperCase()}${DISPLAY_NAME_RULE.slice(1)}.`,
    );
    expect(
      sayPhrase(connectionRefusal('no such room: it may have ended or expired', 'student'), french),
    ).toMatch(/^Cette salle n’existe pas sur le serveur/);
  });

  it('says every action the server may refuse in French by its kind, never as the English came', () => {
    for (const [kind, sentence] of Object.entries(ACTION_REFUSALS)) {
      const said = sentence
        .replace('{members}', 'FR, HU')
        .replace(/\{\w+\}/g, (s) => (s === '{max}' ? '80' : 'DE'));
      const phrase = actionRefusal(said);
      expect(phrase.values?.reason, kind).toBe(kind);
      expect(sayPhrase(phrase), kind).toBe(`The room did not take that: ${said}.`);
      expect(sayPhrase(phrase, french), kind).not.toContain(said);
    }
  });

  it('says a round’s result and writes the debrief in French', () => {
    const round = {
      started: 0,
      deadline: 120_000,
      ended: 5_000,
      result: 'broken' as const,
      brokenBy: { member: 'HU', name: 'Ben', reason: 'Pas encore.' },
    };
    expect(roundSentence(round, frenchNames.member, french)).toMatch(
      /^Silence rompu par Hongrie \(Ben\) à \d\d:\d\d:\d\d\u00a0: «\u00a0Pas encore\.\u00a0» La décision est bloquée\.$/,
    );
    const text = debriefMarkdown({
      code: 'K7PQ2M',
      title: 'Sommet de Vilnius',
      ruleLabel: 'consensus',
      outcome: 'Bloquée\u00a0: France s’y oppose.',
      link: 'https://example.org/#1/vilnius-2023/consensus/',
      room: { ...EMPTY_ROOM, people: { s1: 'Ana' }, holders: { s1: 'HU' } },
      log: [{ at: 1, who: 'Ana', member: 'HU', action: { type: 'claim', member: 'HU' } }],
      names: frenchNames,
      at: Date.UTC(2026, 11, 7, 15, 0, 0),
      words: french,
    });
    expect(text).toContain('# Salle de classe K7PQ2M\u00a0: compte rendu');
    expect(text).toContain('## Tours de silence\n\nAucun.');
    expect(text).toContain('- Ana\u00a0: Hongrie');
    expect(text).toContain('| Heure | Qui | Quoi |');
    expect(text).toMatch(/\| Ana \(Hongrie\) \| a pris Hongrie \|/);
  });
});
