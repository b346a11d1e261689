/**
 * Room codes: six characters a teacher can read aloud and a student can type on a phone. The
 * alphabet leaves out 0/O and 1/I/L: 31 letters and digits, so 31^6 (about 890 million) codes,
 * drawn from a cryptographic source.
 */
export const ROOM_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ROOM_CODE_LENGTH = 6;

/** A new room code from `random` (bytes from a cryptographic source). */
export function newRoomCode(random: (n: number) => Uint8Array): string {
  let code = '';
  while (code.length < ROOM_CODE_LENGTH) {
    // Rejection sampling: bytes from 248 (8 x 31) up would favour the first characters.
    for (const b of random(ROOM_CODE_LENGTH * 2)) {
      if (b >= 248 || code.length === ROOM_CODE_LENGTH) continue;
      code += ROOM_ALPHABET[b % ROOM_ALPHABET.length];
    }
  }
  return code;
}

/** A typed code, forgiving of case, spaces and hyphens; null if it cannot be a room code. */
export function parseRoomCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== ROOM_CODE_LENGTH) return null;
  return [...code].every((c) => ROOM_ALPHABET.includes(c)) ? code : null;
}

/** The Yjs document of a room. */
export const roomDocumentName = (code: string): string => `room/${code}`;

/** The address fragment of a room, as in a join link: `#room/<CODE>`. */
export const roomHash = (code: string): string => `#room/${code}`;

/**
 * The room an address fragment names: its code, `invalid` for a fragment shaped like a room's
 * with a code that cannot be one, or null for any other fragment (a table's link, or none).
 */
export function roomOfHash(hash: string): { code: string } | 'invalid' | null {
  const m = /^#?room\/(.*)$/.exec(hash);
  if (!m) return null;
  let typed: string;
  try {
    typed = decodeURIComponent(m[1] ?? '');
  } catch {
    return 'invalid';
  }
  const code = parseRoomCode(typed);
  return code ? { code } : 'invalid';
}
