/**
 * Any two scenarios side by side: pick "Compare from" and "Compare to" and read what changed
 * (positions, evidence, who joined or left, the outcome under each default rule, with sources).
 * The pair is a view choice of this panel, not part of the table, so it lives in local state.
 */
import { memo, useId, useMemo, useState } from 'react';
import { compareScenarios, outcomeAsStated, shortTitle, timelineSteps } from '../scenario/compare';
import type { Scenario } from '../scenario/model';
import { formatEventDate } from '../scenario/eventDate';
import { useAppStore, useOriginalCatalog } from '../state/context';
import { outcomeWords, summarizeComparison } from '../words/compare';
import { counted } from '../words/format';
import { ruleLabel } from '../words/rules';
import { ScenarioChanges } from './ScenarioChanges';
import './timelinePanel.css';

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
  const o = useMemo(() => outcomeAsStated(scenario), [scenario]);
  return (
    <div className="compare-side">
      <p className="compare-side-label">{heading}</p>
      <p className="compare-side-title">{shortTitle(scenario)}</p>
      <p>
        {formatEventDate(scenario.date)} · {counted(scenario.members.length, scenario.memberNoun)} ·{' '}
        {o ? ruleLabel(o.rule, scenario) : scenario.defaultRule}:{' '}
        <strong>{outcomeWords(o, scenario)}</strong>
      </p>
    </div>
  );
}

export const ComparePanel = memo(function ComparePanel() {
  const headingId = useId();
  // Still an English panel (marked so in other languages): the files' own words.
  const catalog = useOriginalCatalog();
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
      <h2 id={headingId}>Compare scenarios</h2>
      <div className="compare-pickers">
        <Picker
          label="Compare from"
          value={from.id}
          catalog={catalog}
          onChange={(id) => setPair([id, to.id])}
        />
        <button type="button" className="button" onClick={() => setPair([to.id, from.id])}>
          Swap
        </button>
        <Picker
          label="Compare to"
          value={to.id}
          catalog={catalog}
          onChange={(id) => setPair([from.id, id])}
        />
      </div>
      <div className="compare-sides">
        <Side scenario={from} heading="From" />
        <Side scenario={to} heading="To" />
      </div>
      <p className="compare-summary" aria-live="polite">
        <strong>What changed:</strong> {summarizeComparison(comparison)}
      </p>
      <button
        type="button"
        className="button"
        aria-expanded={details}
        onClick={() => setDetails((d) => !d)}
      >
        {details ? 'Hide the changes in detail' : 'Show the changes in detail'}
      </button>
      {details && <ScenarioChanges comparison={comparison} level={3} />}
    </section>
  );
});
