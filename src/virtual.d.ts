declare module 'virtual:scenarios' {
  import type { Scenario } from './scenario/model';
  const scenarios: readonly Scenario[];
  export default scenarios;
}
