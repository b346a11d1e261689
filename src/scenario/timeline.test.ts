import { describe, expect, it } from 'vitest';
import { eventInstant, formatEventDate, TIMELINE_EVENTS } from './timeline';

describe('the timeline events (data)', () => {
  it('each has a real date, a short title and a source; ids are unique; in date order', () => {
    const ids = new Set<string>();
    let last = -Infinity;
    for (const e of TIMELINE_EVENTS) {
      const t = eventInstant(e.date);
      expect(t, e.id).not.toBeNull();
      if (e.end) expect(eventInstant(e.end)!.getTime()).toBeGreaterThan(t!.getTime());
      expect(t!.getTime()).toBeGreaterThanOrEqual(last);
      last = t!.getTime();
      expect(e.title.length, e.id).toBeLessThanOrEqual(60);
      expect(e.source.trim(), e.id).not.toBe('');
      if (e.url) expect(e.url).toMatch(/^https:\/\/\S+$/);
      expect(ids.has(e.id), e.id).toBe(false);
      ids.add(e.id);
    }
  });

  it('runs from Abe in 2007 to the 2025 shelving', () => {
    expect(TIMELINE_EVENTS[0]?.date).toBe('2007-01-12');
    expect(TIMELINE_EVENTS.at(-1)?.id).toBe('hague-2025');
  });

  it('the Hague summit is drawn over its two days, 24-25 June 2025', () => {
    const hague = TIMELINE_EVENTS.find((e) => e.id === 'hague-2025');
    expect(formatEventDate(hague!.date, hague!.end)).toBe('24–25 Jun 2025');
  });
});

describe('event dates', () => {
  it.each([
    ['2007-01-12', undefined, '12 Jan 2007'],
    ['2023-04', undefined, 'Apr 2023'],
    ['2024-07-09', '2024-07-11', '9–11 Jul 2024'],
    ['2022-06-28', '2022-06-30', '28–30 Jun 2022'],
  ])('%s (to %s) reads %s', (date, end, words) => {
    expect(formatEventDate(date, end)).toBe(words);
  });

  it('a month-only date stands for the middle of the month; malformed dates give null', () => {
    expect(eventInstant('2023-04')?.toISOString()).toBe('2023-04-15T00:00:00.000Z');
    expect(eventInstant('2023-02-30')).toBeNull();
    expect(eventInstant('2023-13')).toBeNull();
    expect(eventInstant('April 2023')).toBeNull();
  });
});
