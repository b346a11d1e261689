import data from './data/members.json';
import { asAllyId, type AllyId, type Member } from './types';

/** Weight keys the NATO reference data provides. */
export const POPULATION = 'population';
export const DEFENCE = 'defence';

interface ReferenceRow {
  id: string;
  name: string;
  joined: string;
  population: number;
  defence: number | null;
}

/**
 * Every NATO ally in the reference data (32), with population (World Bank 2023) and a derived
 * 2023 defence expenditure (USD million). A missing defence figure (Iceland, Sweden) counts as 0,
 * and the member is marked as having none (`noFigure`) so that no rule's sentence hides it.
 */
export const NATO_ALLIES: readonly Member[] = (data.members as ReferenceRow[]).map((row) => ({
  id: asAllyId(row.id),
  name: row.name,
  joined: row.joined,
  weights: { [POPULATION]: row.population, [DEFENCE]: row.defence ?? 0 },
  ...(row.defence === null ? { noFigure: [DEFENCE] } : {}),
}));

const byId = new Map(NATO_ALLIES.map((m) => [m.id, m]));

export const natoAlly = (id: string): Member | undefined => byId.get(id as AllyId);

/**
 * The allies at the table on an ISO date (YYYY-MM-DD): those who had joined by then.
 * 31 on 2023-07-11 (Finland from 2023-04-04), 32 from 2024-03-07 (Sweden). Order: by English name.
 */
export function alliesOn(date: string): Member[] {
  return NATO_ALLIES.filter((m) => m.joined !== undefined && m.joined <= date).sort((a, b) =>
    a.name.localeCompare(b.name, 'en'),
  );
}
