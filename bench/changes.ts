/**
 * The position changes the browser scripts make (bench, trace, profile): every change must change
 * a position (a click on the radio already checked changes nothing and would time an idle frame),
 * so each ally in turn moves to the position after its current one.
 */
import type { Locator, Page } from '@playwright/test';

const ALLIES = ['France', 'Hungary', 'Italy', 'Poland', 'Türkiye', 'United States'];
const NEXT: Record<string, string> = {
  support: 'object',
  object: 'undecided',
  undecided: 'support',
};

/** Members of the 250-member fixture spread down its list (large-body-250.yaml). */
export const LARGE_BODY_MEMBERS = [
  'Member 3',
  'Member 50',
  'Member 100',
  'Member 150',
  'Member 200',
  'Member 249',
];

/**
 * Change number i: the ally's radio group and the value (support, undecided, object) to set.
 * `names`: whose positions change in turn (the default scenario's allies unless given).
 */
export async function nextChange(
  page: Page,
  i: number,
  names: readonly string[] = ALLIES,
): Promise<{ group: Locator; value: string }> {
  const group = page.getByRole('radiogroup', { name: names[i % names.length], exact: true });
  const current = (await group.locator('input:checked').getAttribute('value')) ?? 'support';
  return { group, value: NEXT[current] ?? 'support' };
}
