/**
 * The room server's limits, in one place: the server enforces them, and the app can read the
 * ones a person meets (a display name's rules) to say so before the server refuses. Plain values
 * and functions (no validator library): the page may import them on its first load.
 */
export const ROOM_LIMITS = {
  /** Students connected to one room at once (the teacher is not counted). */
  studentsPerRoom: 100,
  /** Rooms kept by one server. */
  roomsPerServer: 1000,
  /** A room with no connection and no action for this long is deleted. */
  idleHours: 6,
  /** How often idle rooms are looked for. */
  sweepMs: 60_000,
  /** An ended room's screens stay connected this long (to show the end) before it is closed. */
  endedGraceMs: 2_000,
  /** One action message; the largest valid action (a 250-member table) is about 3 kB. */
  actionBytes: 4 * 1024,
  /** One websocket frame, whatever it carries (a whole document sync is far smaller). */
  frameBytes: 512 * 1024,
  /** Actions per second per connection: a burst of this many, then this many a second. */
  actionsPerSecond: 20,
  /**
   * The teacher's burst: putting a table into a room is one action per position set (up to 250
   * members) after the scenario, all at once.
   */
  teacherBurst: 260,
  /** A display name's length, in characters. */
  nameLength: 40,
  /** The one-line reason of a student who breaks silence, in characters. */
  reasonLength: 140,
  /** Rounds of the silence procedure a room keeps (the oldest go first). */
  rounds: 50,
  /** Lines of a room's log (its debrief); the oldest go first. */
  logLines: 5_000,
} as const;

export type RoomLimits = { -readonly [K in keyof typeof ROOM_LIMITS]: number };

/** C0 and C1 controls, and the bidirectional overrides that could make a name read as another. */
const UNPRINTABLE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/** One line of text a person typed, trimmed, or null if empty, too long, or with markup. */
function oneLine(typed: string, max: number): string | null {
  const text = typed.trim();
  const length = [...text].length; // characters, not UTF-16 units
  if (length === 0 || length > max) return null;
  return UNPRINTABLE.test(text) || /[<>]/.test(text) ? null : text;
}

/** A student's display name, trimmed, or null if it breaks DISPLAY_NAME_RULE (refusals.ts). */
export const displayName = (typed: string): string | null => oneLine(typed, ROOM_LIMITS.nameLength);

/** The reason of a student breaking silence, trimmed, or null if it breaks REASON_RULE (refusals.ts). */
export const breakReason = (typed: string): string | null =>
  oneLine(typed, ROOM_LIMITS.reasonLength);
