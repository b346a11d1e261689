/**
 * Where the room server keeps its rooms: one SQLite table (better-sqlite3), a row per room with
 * the digest of its teacher's secret, when it was made and last active, and its Yjs document as
 * one update. Given a file, rooms outlive a restart; without one the database is in memory.
 * better-sqlite3 is synchronous: each call is a few microseconds and needs no await.
 */
import Database from 'better-sqlite3';

export interface RoomRecord {
  /** SHA-256 of the teacher's secret. */
  readonly teacher: Buffer;
  /** Milliseconds since the epoch. */
  readonly created: number;
  /** The last connection, disconnection or action. */
  readonly active: number;
}

export interface RoomStore {
  /** Adds a room; false if its code is taken. */
  add(code: string, teacher: Buffer, now: number): boolean;
  get(code: string): RoomRecord | undefined;
  touch(code: string, now: number): void;
  remove(code: string): void;
  count(): number;
  /** Rooms last active before `time`. */
  activeBefore(time: number): string[];
  document(code: string): Buffer | null;
  /** Saves a room's document; a room removed meanwhile stays removed. */
  saveDocument(code: string, state: Uint8Array): void;
  close(): void;
}

export function openRoomStore(file?: string): RoomStore {
  const db = new Database(file ?? ':memory:');
  // WAL: a save does not block reads, and survives the process dying (not the machine).
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE IF NOT EXISTS rooms (
    code TEXT PRIMARY KEY,
    teacher BLOB NOT NULL,
    created INTEGER NOT NULL,
    active INTEGER NOT NULL,
    document BLOB
  ) STRICT`);
  const add = db.prepare<[string, Buffer, number, number]>(
    'INSERT OR IGNORE INTO rooms (code, teacher, created, active) VALUES (?, ?, ?, ?)',
  );
  const get = db.prepare<[string], RoomRecord>(
    'SELECT teacher, created, active FROM rooms WHERE code = ?',
  );
  const touch = db.prepare<[number, string]>('UPDATE rooms SET active = ? WHERE code = ?');
  const remove = db.prepare<[string]>('DELETE FROM rooms WHERE code = ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM rooms');
  const activeBefore = db.prepare<[number], { code: string }>(
    'SELECT code FROM rooms WHERE active < ?',
  );
  const document = db.prepare<[string], { document: Buffer | null }>(
    'SELECT document FROM rooms WHERE code = ?',
  );
  const save = db.prepare<[Buffer, string]>('UPDATE rooms SET document = ? WHERE code = ?');
  return {
    add: (code, teacher, now) => add.run(code, teacher, now, now).changes === 1,
    get: (code) => get.get(code),
    // The last screens may leave while the server closes, after the database has.
    touch: (code, now) => void (db.open && touch.run(now, code)),
    remove: (code) => void remove.run(code),
    count: () => count.get()?.n ?? 0,
    activeBefore: (time) => activeBefore.all(time).map((r) => r.code),
    document: (code) => document.get(code)?.document ?? null,
    saveDocument: (code, state) => void save.run(Buffer.from(state), code),
    close: () => db.close(),
  };
}
