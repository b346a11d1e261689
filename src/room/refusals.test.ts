import { describe, expect, it } from 'vitest';
import {
  ACTION_REFUSALS,
  CONNECTION_REFUSALS,
  NEW_ROOM_REFUSALS,
  recogniseRefusal,
  refusal,
} from './refusals';

/** A value for each slot a sentence has, shaped as the server fills it. */
const SAMPLE: Record<string, string> = { members: 'FR, HU', member: 'FR', max: '80', count: '100' };

describe('the room’s refusals, one table for the server and the client', () => {
  it('fills a sentence’s slots, and reads each kind back with its values', () => {
    expect(refusal(ACTION_REFUSALS, 'notYours', { member: 'DE' })).toBe('you do not hold DE');
    expect(refusal(NEW_ROOM_REFUSALS, 'full', { count: 1000 })).toBe(
      'the server is full: 1000 rooms; try again later',
    );
    for (const table of [ACTION_REFUSALS, CONNECTION_REFUSALS, NEW_ROOM_REFUSALS]) {
      for (const [kind, sentence] of Object.entries(table)) {
        const said = sentence.replace(/\{(\w+)\}/g, (_, slot: string) => SAMPLE[slot] ?? '?');
        const slots = Object.fromEntries(
          [...sentence.matchAll(/\{(\w+)\}/g)].map(([, slot = '']) => [slot, SAMPLE[slot]]),
        );
        expect(recogniseRefusal(table, said)).toEqual({ kind, values: slots });
      }
    }
  });

  it('knows no sentence it was not given, nor one with text around a known one', () => {
    expect(recogniseRefusal(ACTION_REFUSALS, 'something new the server says')).toBeUndefined();
    expect(recogniseRefusal(ACTION_REFUSALS, 'positions are locked.')).toBeUndefined();
    expect(recogniseRefusal(ACTION_REFUSALS, 'the room has ended (really)')).toBeUndefined();
  });
});
