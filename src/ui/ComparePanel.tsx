/**
 * Any two scenarios side by side: pick "Compare from" and "Compare to" and read what changed
 * (positions, evidence, who joined or left, the outcome under each default rule, with sources).
 * The pair is a view choice of this panel, not part of the table, so it lives in local state.
 */
import { memo, useId, useMemo, useState } from 'react';
import '../words/parts/panels';
import { compareScenarios, outcomeAsStated, shortTitle, timelineSteps } from '../scenario/compare';
import type { Scenario } from '../scenario/model';
import { useAppStore, useCatalog } from '../state/context';
import { useWords } from '../state/words';
import { outcomeWords, summarizeComparison } from '../words/compare';
import { defineMessages } from '../words/intl';
import { counted } from '../words/format';
import { ruleLabel } from '../words/rules';
import { eventDateText } from '../words/dates';
import { ScenarioChanges } from './ScenarioChanges';
import './timelinePanel.css';

const M = defineMessages({
  heading: { id: 'compare.heading', defaultMessage: 'Compare scenarios' },
  from: { id: 'compare.pickFrom', defaultMessage: 'Compare from' },
  to: { id: 'compare.pickTo', defaultMessage: 'Compare to' },
  swap: { id: 'compare.swap', defaultMessage: 'Swap' },
  fromSide: { id: 'compare.side.from', defaultMessage: 'From' },
  toSide: { id: 'compare.side.to', defaultMessage: 'To' },
  rule: {
    id: 'compare.side.rule',
    defaultMessage: '{rule}:',
    description: 'The rule a side is judged under, before its outcome',
  },
  whatChanged: { id: 'compare.whatChanged', defaultMessage: 'What changed:' },
  showDetails: { id: 'compare.showDetails', defaultMessage: 'Show the changes in detail' },
  hideDetails: { id: 'compare.hideDetails', defaultMessage: 'Hide the changes in detail' },
});

/** The opening pair: the scenario in play and the dated one before it (or after, if first). */
function openingPair(catalog: readonly Scenario[], currentId: string): [string, string] {
  const steps = timelineSteps(catalog);
  const i = steps.findIndex((s) => s.id === currentId);
  const first = steps[0]?.id ?? catalog[0]?.id ?? '';
  if (i < 0) return [first, currentId];
  if (i === 0) return [currentId, steps[1]?.id ?? currentId];
  return [steps[i - 1]?.id ?? first, currentId];
}

function Picker({
  label,
  value,
  catalog,
  onChange,
}: {
  label: string;
  value: string;
  catalog: readonly Scenario[];
  onChange: (id: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {catalog.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
    </div>
  );
}

function Side({ scenario, heading }: { scenario: Scenario; heading: string }) {
  const words = useWords();
  const o = useMemo(() => outcomeAsStated(scenario), [scenario]);
  return (
    <div className="compare-side">
      <p className="compare-side-label">{heading}</p>
      <p className="compare-side-title">{shortTitle(scenario)}</p>
      <p>
        {eventDateText(scenario.date, undefined, words)} ·{' '}
        {counted(scenario.members.length, scenario.memberNoun, words)} ·{' '}
        {words.formatMessage(M.rule, {
          rule: o ? ruleLabel(o.rule, scenario, words) : scenario.defaultRule,
        })}{' '}
        <strong>{outcomeWords(o, scenario, words)}</strong>
      </p>
    </div>
  );
}

export const ComparePanel = memo(function ComparePanel() {
  const headingId = useId();
  const words = useWords();
  const catalog = useCatalog();
  const currentId = useAppStore((s) => s.table.scenarioId);
  const [pair, setPair] = useState(() => openingPair(catalog, currentId));
  // The full list (notes and sources of every change) is long: one sentence first, details on
  // request, so the page stays short for a projector and a phone.
  const [details, setDetails] = useState(false);
  // A scenario can leave the catalogue (an import replaced): fall back rather than break.
  const find = (id: string) => catalog.find((s) => s.id === id) ?? catalog[0];
  const from = find(pair[0]);
  const to = find(pair[1]);
  const comparison = useMemo(() => (from && to ? compareScenarios(from, to) : null), [from, to]);
  if (!from || !to || !comparison) return null;

  return (
    <section className="panel compare-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.formatMessage(M.heading)}</h2>
      <div className="compare-pickers">
        <Picker
          label={words.formatMessage(M.from)}
          value={from.id}
          catalog={catalog}
          onChange={(id) => setPair([id, to.id])}
        />
        <button type="button" className="button" onClick={() => setPair([to.id, from.id])}>
          {words.formatMessage(M.swap)}
        </button>
        <Picker
          label={words.formatMessage(M.to)}
          value={to.id}
          catalog={catalog}
          onChange={(id) => setPair([from.id, id])}
        />
      </div>
      <div className="compare-sides">
        <Side scenario={from} heading={words.formatMessage(M.fromSide)} />
        <Side scenario={to} heading={words.formatMessage(M.toSide)} />
      </div>
      <p className="compare-summary" aria-live="polite">
        <strong>{words.formatMessage(M.whatChanged)}</strong>{' '}
        {summarizeComparison(comparison, words)}
      </p>
      <button
        type="button"
        className="button"
        aria-expanded={details}
        onClick={() => setDetails((d) => !d)}
      >
        {words.formatMessage(details ? M.hideDetails : M.showDetails)}
      </button>
      {details && <ScenarioChanges comparison={comparison} level={3} />}
    </section>
  );
});
