/**
 * Room records: which rooms exist, the digest of each teacher's secret, when each was made and
 * last active. The server checks them on every connection. One server keeps them in its SQLite
 * store; several servers sharing rooms through Redis keep them in Redis, so that a room made
 * through one process can be joined through another, and a room ended or expired anywhere is
 * gone everywhere. Either way the documents stay in SQLite (server/roomStore.ts).
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { RoomRecord, RoomStore } from './roomStore';

export interface RoomRecords {
  /** Adds a room; false if its code is taken. */
  add(code: string, teacher: Buffer, now: number): Promise<boolean>;
  get(code: string): Promise<RoomRecord | undefined>;
  /** Marks rooms active; not awaited by the caller (a lost touch only shortens an idle time). */
  touch(codes: readonly string[], now: number): void;
  /** Deletes a room's record here and, with Redis, tells every other process it is gone. */
  remove(code: string, graceMs: number): Promise<void>;
  count(): Promise<number>;
  /** Rooms last active before `time`. */
  idle(time: number): Promise<string[]>;
  close(): Promise<void>;
}

/** The records of a single server, in its own SQLite store. */
export function storeRecords(store: RoomStore): RoomRecords {
  return {
    add: async (code, teacher, now) => store.add(code, teacher, now),
    get: async (code) => store.get(code),
    touch: (codes, now) => codes.forEach((code) => store.touch(code, now)),
    remove: async (code) => store.remove(code),
    count: async () => store.count(),
    idle: async (time) => store.activeBefore(time),
    close: async () => {},
  };
}

// Scripts, so that each runs whole: a room is added only if its code is free, and a touch never
// brings back a room removed meanwhile. KEYS: the room's hash, the set of rooms.
const ADD = `if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'teacher', ARGV[1], 'created', ARGV[2], 'active', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[4])
return 1`;
const TOUCH = `if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'active', ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('ZADD', KEYS[2], 'XX', ARGV[1], ARGV[3])
return 1`;

export interface RedisAddress {
  host: string;
  port: number;
  /** Key and channel prefix, so that several deployments may share one Redis. */
  prefix?: string;
}

/**
 * Records in Redis: a hash per room (teacher, created, active) that expires after the idle time
 * unless touched, and a sorted set of codes by last activity, for counting and for the idle
 * sweep. A removal is published on a channel; `gone` is called for removals by other processes,
 * so each forgets the room in its own store and closes its own sockets.
 *
 * The room is also added to this process's SQLite store when first looked up here: the store
 * saves a document only for a room it has (so that a removed room stays removed).
 */
export async function redisRecords(
  address: RedisAddress,
  store: RoomStore,
  idleMs: number,
  gone: (code: string, graceMs: number) => void,
): Promise<RoomRecords> {
  const prefix = address.prefix ?? 'nac';
  const key = (code: string) => `${prefix}:room:${code}`;
  const all = `${prefix}:rooms`;
  const channel = `${prefix}:gone`;
  const me = randomUUID();
  const redis = new Redis(address.port, address.host, { enableAutoPipelining: true });
  const sub = redis.duplicate();
  await sub.subscribe(channel);
  sub.on('message', (_channel: string, message: string) => {
    try {
      const { code, graceMs, from } = JSON.parse(message) as {
        code: string;
        graceMs: number;
        from: string;
      };
      if (from !== me) gone(code, graceMs);
    } catch {
      // Not ours: another program on this Redis.
    }
  });
  // A lost touch (Redis unreachable for a moment) only shortens a room's idle time.
  const ignore = () => {};

  return {
    add: async (code, teacher, now) =>
      (await redis.eval(ADD, 2, key(code), all, teacher.toString('hex'), now, idleMs, code)) === 1,
    get: async (code) => {
      const h = await redis.hgetall(key(code));
      if (!h.teacher || !h.created) return undefined;
      const record = {
        teacher: Buffer.from(h.teacher, 'hex'),
        created: Number(h.created),
        active: Number(h.active),
      };
      store.add(code, record.teacher, record.created);
      return record;
    },
    touch: (codes, now) => {
      for (const code of codes) {
        redis.eval(TOUCH, 2, key(code), all, now, idleMs, code).catch(ignore);
        store.touch(code, now);
      }
    },
    remove: async (code, graceMs) => {
      store.remove(code);
      await redis
        .multi()
        .del(key(code))
        .zrem(all, code)
        .publish(channel, JSON.stringify({ code, graceMs, from: me }))
        .exec();
    },
    count: async () => redis.zcard(all),
    idle: async (time) => {
      const codes = await redis.zrangebyscore(all, '-inf', `(${time}`);
      // Rooms this store still has that Redis forgot (removed while this process was down).
      for (const code of store.activeBefore(time))
        if (!codes.includes(code) && (await redis.exists(key(code))) === 0) store.remove(code);
      return codes;
    },
    close: async () => {
      sub.disconnect();
      await redis.quit().catch(ignore);
    },
  };
}
