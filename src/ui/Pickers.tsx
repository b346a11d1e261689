import { ruleLabel } from '../words/rules';
import { memo, useId } from 'react';
import type { Scenario } from '../scenario/model';
import { useAppStore, useCatalog, useImported, useScenario } from '../state/context';
import { SORT_KEYS, type SortKey } from '../state/persistence';
import { useWords } from '../state/words';
import { nounIn } from '../words/format';
import { defineMessages, LANGUAGE_NAME, LANGUAGES, type Language } from '../words/intl';

const M = defineMessages({
  scenario: { id: 'picker.scenario', defaultMessage: 'Scenario' },
  imported: {
    id: 'picker.imported',
    defaultMessage: 'Imported',
    description: 'The group of scenarios imported from files or links',
  },
  importedOne: { id: 'picker.importedScenario', defaultMessage: 'Imported: {title}' },
  rule: { id: 'picker.rule', defaultMessage: 'Decision rule' },
  sort: {
    id: 'picker.sort',
    defaultMessage: 'Sort {nouns}',
    description: 'nouns: what the body calls its seats, in the plural (allies, members)',
  },
});

const SORT_MESSAGE = defineMessages({
  table: { id: 'sort.table', defaultMessage: 'Table order' },
  position: { id: 'sort.position', defaultMessage: 'Position (objecting first)' },
  name: { id: 'sort.name', defaultMessage: 'Name' },
  accession: { id: 'sort.accession', defaultMessage: 'Accession date' },
});

/** The scenario picker: a combobox named "Scenario" (a contract the browser tests rely on). */
export const ScenarioPicker = memo(function ScenarioPicker() {
  const id = useId();
  const catalog = useCatalog();
  const imported = useImported();
  const scenarioId = useAppStore((s) => s.table.scenarioId);
  const applyScenario = useAppStore((s) => s.applyScenario);
  const intl = useWords();
  const option = (s: Scenario, imported = false) => (
    <option key={s.id} value={s.id}>
      {imported ? intl.formatMessage(M.importedOne, { title: s.title }) : s.title}
    </option>
  );
  return (
    <div className="field">
      <label htmlFor={id}>{intl.formatMessage(M.scenario)}</label>
      <select id={id} value={scenarioId} onChange={(e) => applyScenario(e.target.value)}>
        {catalog.filter((s) => !imported.includes(s)).map((s) => option(s))}
        {imported.length > 0 && (
          <optgroup label={intl.formatMessage(M.imported)}>
            {imported.map((s) => option(s, true))}
          </optgroup>
        )}
      </select>
    </div>
  );
});

/** The rule picker: a combobox named "Decision rule". */
export const RulePicker = memo(function RulePicker() {
  const id = useId();
  const scenario = useScenario();
  const ruleId = useAppStore((s) => s.table.ruleId);
  const setRule = useAppStore((s) => s.setRule);
  const intl = useWords();
  return (
    <div className="field">
      <label htmlFor={id}>{intl.formatMessage(M.rule)}</label>
      <select id={id} value={ruleId} onChange={(e) => setRule(e.target.value)}>
        {scenario.rules.map((r) => (
          <option key={r.id} value={r.id}>
            {ruleLabel(r, scenario, intl)}
          </option>
        ))}
      </select>
    </div>
  );
});

/**
 * The language switch: a combobox named "Language" in every language (whoever cannot read the
 * page's language still finds it), each language offered in its own name and tagged with it.
 */
export const LanguagePicker = memo(function LanguagePicker() {
  const id = useId();
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  return (
    <div className="field field-language">
      <label htmlFor={id} lang="en">
        Language
      </label>
      <select id={id} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAME[l]}
          </option>
        ))}
      </select>
    </div>
  );
});

export const SortPicker = memo(function SortPicker() {
  const id = useId();
  const sortBy = useAppStore((s) => s.sortBy);
  const setSort = useAppStore((s) => s.setSort);
  const intl = useWords();
  const noun = nounIn(useScenario().memberNoun, intl);
  return (
    <div className="field">
      <label htmlFor={id}>{intl.formatMessage(M.sort, { nouns: noun.other })}</label>
      <select id={id} value={sortBy} onChange={(e) => setSort(e.target.value as SortKey)}>
        {SORT_KEYS.map((k) => (
          <option key={k} value={k}>
            {intl.formatMessage(SORT_MESSAGE[k])}
          </option>
        ))}
      </select>
    </div>
  );
});
