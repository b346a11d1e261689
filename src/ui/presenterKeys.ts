import type { Position } from '../engine/types';

/** What a key means in presenter mode. */
export type PresenterIntent =
  | { readonly kind: 'move'; readonly by: 1 | -1 }
  | { readonly kind: 'first' }
  | { readonly kind: 'last' }
  | { readonly kind: 'cycle' }
  | { readonly kind: 'set'; readonly position: Position }
  | { readonly kind: 'help' }
  | { readonly kind: 'leave' };

/** The part of a key event the mapping reads (a plain object in tests). */
export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly defaultPrevented: boolean;
  readonly target: EventTarget | null;
}

interface TargetLike {
  readonly tagName?: string;
  readonly type?: string;
  readonly isContentEditable?: boolean;
  closest?(selector: string): unknown;
}

/** Typing into a field must never be read as a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  const t = target as TargetLike | null;
  if (!t?.tagName) return false;
  if (t.isContentEditable) return true;
  if (t.tagName === 'TEXTAREA' || t.tagName === 'SELECT') return true;
  return t.tagName === 'INPUT' && t.type !== 'radio' && t.type !== 'checkbox';
}

/** Buttons, links and disclosures keep their own Enter and Space. */
function activates(target: EventTarget | null): boolean {
  const t = target as TargetLike | null;
  return (
    typeof t?.closest === 'function' && t.closest('button, a, summary, [role="button"]') != null
  );
}

const SET_KEYS: Record<string, Position> = { '1': 'support', '2': 'undecided', '3': 'object' };

/**
 * The presenter's keys: arrows (or J/K) select the previous or next ally, Home/End the first or
 * last, Space/Enter cycle its position, 1/2/3 set Support/Undecided/Object, ? opens the help and
 * Esc leaves. Keys that something else already handled (the hemicycle's seats) are left alone.
 */
export function presenterIntent(e: KeyLike): PresenterIntent | null {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'j':
    case 'J':
      return { kind: 'move', by: 1 };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'k':
    case 'K':
      return { kind: 'move', by: -1 };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case ' ':
    case 'Enter':
      return activates(e.target) ? null : { kind: 'cycle' };
    case '?':
      return { kind: 'help' };
    case 'Escape':
      return { kind: 'leave' };
  }
  const position = SET_KEYS[e.key];
  return position ? { kind: 'set', position } : null;
}

/** P opens presenter mode, unless the person is typing or holds a modifier (Ctrl+P prints). */
export function isPresentShortcut(e: KeyLike): boolean {
  return (
    (e.key === 'p' || e.key === 'P') &&
    !e.defaultPrevented &&
    !e.ctrlKey &&
    !e.metaKey &&
    !e.altKey &&
    !isTyping(e.target)
  );
}
