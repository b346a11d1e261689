import { textLang } from '../scenario/translate';
import { useAppStore, useScenario } from '../state/context';

/** The scenario's summary: its context in a paragraph, below the table. */
export function ScenarioSummary() {
  const scenario = useScenario();
  const language = useAppStore((s) => s.language);
  if (!scenario.summary) return null;
  return (
    <section className="panel summary-panel" aria-labelledby="summary-heading">
      <h2 id="summary-heading">About this scenario</h2>
      {/* The panel is still marked English in other languages (ExplainTabs): a translated
          summary says its own language. */}
      <p className="summary" lang={textLang(scenario, language, 'en')}>
        {scenario.summary}
      </p>
    </section>
  );
}
