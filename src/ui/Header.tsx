/**
 * The page's header: the title and the question, the two pickers, and the actions grouped by
 * purpose (history, share and present, files) in one row at desktop widths. The ports (clipboard,
 * full screen, print, files) come from the composition root.
 */
import { memo, type MouseEvent } from 'react';
import { useScenario } from '../state/context';
import { LanguagePicker, RulePicker, ScenarioPicker } from './Pickers';
import { useWords } from '../state/words';
import { nounIn } from '../words/format';
import { defineMessages } from '../words/intl';
import { ShowButtons } from './Presenter';
import { StartRoomButton } from './StartRoomButton';
import { ScenarioFiles, type ScenarioFilesPort } from './ScenarioFiles';
import { SharePanel, type SharePort } from './SharePanel';
import { HistoryButtons } from './Toolbar';

export interface HeaderPorts {
  /** Copies the share link; the composition root knows the page address. */
  readonly copyLink: () => void;
  /** Asks the browser for full screen when presenter mode starts (absent: stays in the window). */
  readonly requestFullscreen?: () => void;
  /** Opens the print dialog for the handout. */
  readonly print?: () => void;
  /** Import and export of scenario files (reading files and saving downloads). */
  readonly files?: ScenarioFilesPort;
  /** More ways to share: the presenter link and the embed code (addresses and clipboard). */
  readonly share?: SharePort;
}

/**
 * Links past the header, to the allies' rows and to the explanations below the table. They move
 * the focus without touching the address (it carries the table).
 */
const SKIP = defineMessages({
  allies: {
    id: 'skip.allies',
    defaultMessage: 'Skip to the {nouns}',
    description: 'nouns: what the body calls its seats, in the plural (allies, members)',
  },
  explanations: { id: 'skip.explanations', defaultMessage: 'Skip to the explanations' },
});

export function SkipLinks() {
  const scenario = useScenario();
  const intl = useWords();
  const noun = nounIn(scenario.memberNoun, intl);
  const focus = (selector: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    e.currentTarget.ownerDocument.querySelector<HTMLElement>(selector)?.focus();
  };
  return (
    <>
      <a className="skip-link" href="#allies-heading" onClick={focus('#allies-heading')}>
        {intl.formatMessage(SKIP.allies, { nouns: noun.other })}
      </a>
      <a
        className="skip-link"
        href="#explanations"
        onClick={focus('#explanations [role="tab"][aria-selected="true"]')}
      >
        {intl.formatMessage(SKIP.explanations)}
      </a>
    </>
  );
}

const M = defineMessages({
  shareGroup: { id: 'header.shareGroup', defaultMessage: 'Share and present' },
  copyLink: { id: 'header.copyLink', defaultMessage: 'Copy link' },
});

export const AppHeader = memo(function AppHeader(props: HeaderPorts) {
  const { copyLink, requestFullscreen, print, files, share } = props;
  const scenario = useScenario();
  const intl = useWords();
  return (
    <header className="app-header">
      <h1>{scenario.title}</h1>
      <p className="question">{scenario.question}</p>
      <div className="controls">
        <ScenarioPicker />
        <RulePicker />
        <LanguagePicker />
        <div className="actions">
          <HistoryButtons />
          <div className="toolbar" role="group" aria-label={intl.formatMessage(M.shareGroup)}>
            <button type="button" onClick={copyLink}>
              {intl.formatMessage(M.copyLink)}
            </button>
            <ShowButtons onFullscreen={requestFullscreen} onPrint={print} />
            {share && <SharePanel port={share} />}
            <StartRoomButton />
          </div>
          {files && <ScenarioFiles port={files} />}
        </div>
      </div>
    </header>
  );
});

/** Where the figures come from, at the foot of the page. */
const FOOTER = defineMessages({
  sources: {
    id: 'footer.sources',
    defaultMessage:
      "Stances come from the project's sources, each with its evidence grade; allies not listed take the scenario's stated default. Population: World Bank 2023. Defence spending: derived from NATO's 2023 share of GDP.",
  },
});

export function SiteFooter() {
  const intl = useWords();
  return <footer className="site-footer">{intl.formatMessage(FOOTER.sources)}</footer>;
}
