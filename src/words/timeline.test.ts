import { describe, expect, it } from 'vitest';
import { TIMELINE_EVENTS } from '../scenario/timeline';
import frenchCatalog from './compiled/fr.json';
import { createWords, type Catalog } from './intl';
import { eventDateText } from './dates';
import { eventKindLabel, eventTitle } from './timeline';

const french = createWords('fr', frenchCatalog as unknown as Catalog);
const event = (id: string) => TIMELINE_EVENTS.find((e) => e.id === id)!;

describe('the timeline in words', () => {
  it.each([
    ['2007-01-12', undefined, '12 Jan 2007', '12 janv. 2007'],
    ['2023-04', undefined, 'Apr 2023', 'avr. 2023'],
    ['2024-07-09', '2024-07-11', '9–11 Jul 2024', '9–11 juil. 2024'],
    ['2023-06-01', undefined, '1 Jun 2023', '1er juin 2023'],
  ])('dates %s as English and French write it', (date, end, english, inFrench) => {
    expect(eventDateText(date, end)).toBe(english);
    expect(eventDateText(date, end, french)).toBe(inFrench);
  });

  it("gives an event's title and kind in the reader's language", () => {
    const china = event('china-2023-06-06');
    expect(eventTitle(china)).toBe('China: Asia lies beyond the North Atlantic');
    expect(eventTitle(china, french)).toBe('Chine\u00a0: l’Asie n’est pas dans l’Atlantique Nord');
    expect(eventKindLabel('outside')).toBe("Non-member's view");
    expect(eventKindLabel('outside', french)).toBe('Point de vue d’un non-membre');
    expect(eventKindLabel('summit', french)).toBe('Sommet');
  });
});
