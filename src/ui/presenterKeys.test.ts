import { describe, expect, it } from 'vitest';
import { isPresentShortcut, presenterIntent, type KeyLike } from './presenterKeys';

const el = (tagName: string, type?: string, inButton = false) => ({
  tagName,
  type,
  closest: (sel: string) => (inButton && sel.includes('button') ? {} : null),
});
const key = (k: string, over: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  target: el('BODY') as unknown as EventTarget,
  ...over,
});
const on = (t: ReturnType<typeof el>) => t as unknown as EventTarget;

describe('presenter keys', () => {
  it.each([
    ['ArrowRight', { kind: 'move', by: 1 }],
    ['j', { kind: 'move', by: 1 }],
    ['ArrowLeft', { kind: 'move', by: -1 }],
    ['K', { kind: 'move', by: -1 }],
    ['Home', { kind: 'first' }],
    ['End', { kind: 'last' }],
    [' ', { kind: 'cycle' }],
    ['Enter', { kind: 'cycle' }],
    ['1', { kind: 'set', position: 'support' }],
    ['2', { kind: 'set', position: 'undecided' }],
    ['3', { kind: 'set', position: 'object' }],
    ['?', { kind: 'help' }],
    ['Escape', { kind: 'leave' }],
    ['x', null],
    ['4', null],
  ])('%j means %j', (k, intent) => {
    expect(presenterIntent(key(k))).toEqual(intent);
  });

  it('acts on a focused radio (its own arrows would change the position)', () => {
    expect(presenterIntent(key('ArrowRight', { target: on(el('INPUT', 'radio')) }))).toEqual({
      kind: 'move',
      by: 1,
    });
  });

  it('leaves typing, modifiers, buttons and handled keys alone', () => {
    expect(presenterIntent(key('j', { target: on(el('INPUT', 'number')) }))).toBeNull();
    expect(presenterIntent(key('1', { target: on(el('SELECT')) }))).toBeNull();
    expect(presenterIntent(key('ArrowRight', { ctrlKey: true }))).toBeNull();
    expect(presenterIntent(key('Enter', { target: on(el('BUTTON', undefined, true)) }))).toBeNull();
    expect(presenterIntent(key('ArrowRight', { defaultPrevented: true }))).toBeNull();
  });

  it('P presents, but not while typing or with Ctrl (print)', () => {
    expect(isPresentShortcut(key('p'))).toBe(true);
    expect(isPresentShortcut(key('P'))).toBe(true);
    expect(isPresentShortcut(key('p', { ctrlKey: true }))).toBe(false);
    expect(isPresentShortcut(key('p', { target: on(el('TEXTAREA')) }))).toBe(false);
    expect(isPresentShortcut(key('o'))).toBe(false);
  });
});
