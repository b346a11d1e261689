import { useScenario } from '../state/context';

/** The scenario's summary: its context in a paragraph, below the table. */
export function ScenarioSummary() {
  const scenario = useScenario();
  if (!scenario.summary) return null;
  return (
    <section className="panel summary-panel" aria-labelledby="summary-heading">
      <h2 id="summary-heading">About this scenario</h2>
      <p className="summary">{scenario.summary}</p>
    </section>
  );
}
