import '../words/parts/panels';
import { textLang } from '../scenario/translate';
import { useScenario } from '../state/context';
import { useWords } from '../state/words';
import { defineMessages, languageOf } from '../words/intl';

const M = defineMessages({
  heading: { id: 'summary.heading', defaultMessage: 'About this scenario' },
});

/** The scenario's summary: its context in a paragraph, below the table. */
export function ScenarioSummary() {
  const scenario = useScenario();
  const words = useWords();
  if (!scenario.summary) return null;
  return (
    <section className="panel summary-panel" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{words.formatMessage(M.heading)}</h2>
      {/* A scenario without French (an imported file) says its text is English. */}
      <p className="summary" lang={textLang(scenario, languageOf(words))}>
        {scenario.summary}
      </p>
    </section>
  );
}
