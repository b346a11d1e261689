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

  it('each has a French title of its own, with French typography', () => {
    for (const e of TIMELINE_EVENTS) {
      expect(e.titleFr.trim(), e.id).not.toBe('');
      expect(e.titleFr, e.id).not.toBe(e.title);
      expect(e.titleFr.length, e.id).toBeLessThanOrEqual(70);
      // A no-break space before a colon or a semicolon and inside guillemets; no straight quotes.
      expect(e.titleFr, e.id).not.toMatch(/ [:;»]|« |['"]/);
      if (e.kind === 'outside') expect(e.titleFr, e.id).toMatch(/^Chine\u00a0: /);
    }
  });

  it('runs from Abe in 2007 to the 2025 shelving', () => {
    expect(TIMELINE_EVENTS[0]?.date).toBe('2007-01-12');
    expect(TIMELINE_EVENTS.at(-1)?.id).toBe('hague-2025');
  });

  it("China's objections are there, each a non-member's view ('outside'), graded and sourced", () => {
    const outside = TIMELINE_EVENTS.filter((e) => e.kind === 'outside');
    // The foreign ministry spokespeople in May and June 2023 (brief, section 3.9).
    expect(outside.map((e) => e.date)).toEqual([
      '2023-05-04',
      '2023-05-12',
      '2023-05-24',
      '2023-06-06',
    ]);
    for (const e of outside) {
      expect(e.title, e.id).toMatch(/^China: /);
      expect(e.evidence, e.id).toBe('official');
    }
  });

  it.each([
    ['strategic-concept-2022', 'official'],
    ['japan-confirms-2023', 'named-official'],
    ['macron-2023-05-31', 'named-official'],
    ['itpp-2023', 'official'],
    ['sadf-2023', 'inference'],
  ])('has %s, graded %s', (id, evidence) => {
    expect(TIMELINE_EVENTS.find((e) => e.id === id)?.evidence).toBe(evidence);
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
