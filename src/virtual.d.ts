declare module 'virtual:scenarios' {
  import type { Scenario } from './scenario/model';
  const scenarios: readonly Scenario[];
  export default scenarios;
}

declare module 'virtual:scenario-translations' {
  import type { Scenario } from './scenario/model';
  /** The shipped scenarios' translations, by scenario id (loaded with a language's catalog). */
  const translations: Readonly<Record<string, NonNullable<Scenario['translations']>>>;
  export default translations;
}
