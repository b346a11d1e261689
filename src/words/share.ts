/**
 * More ways to share, in words: the panel's (src/ui/ShareOptions.tsx) and the notices of its
 * copies (src/app/share.ts). They load with the panel: a first visit does not need them.
 */
import './parts/share';
import { defineMessages } from './intl';
import { phrase, type NoticePhrase } from './notices';

export const SHARE = defineMessages({
  copyPresenter: { id: 'share.copyPresenterLink', defaultMessage: 'Copy presenter link' },
  presenterHint: {
    id: 'share.presenterHint',
    defaultMessage:
      "Opens this table in presenter mode, for a lesson's slides; full screen takes the viewer's click on Full screen.",
  },
  embed: { id: 'share.embedCode', defaultMessage: 'Embed code' },
  copyEmbed: { id: 'share.copyEmbedCode', defaultMessage: 'Copy embed code' },
  embedHint: {
    id: 'share.embedHint',
    defaultMessage:
      'The same presenter link in a frame, to paste as HTML into a course page or a learning platform (LMS).',
  },
});

const NOTICE = defineMessages({
  presenterCopied: {
    id: 'share.notice.presenterCopied',
    defaultMessage:
      'Presenter link copied: it opens this table in presenter mode (full screen takes one click).',
  },
  presenterRefused: {
    id: 'share.notice.presenterRefused',
    defaultMessage: 'Copy this presenter link: {url}',
    description: 'The clipboard refused: the link is shown to copy by hand',
  },
  embedCopied: {
    id: 'share.notice.embedCopied',
    defaultMessage:
      'Embed code copied: paste it as HTML into a course page or a learning platform.',
  },
  embedRefused: {
    id: 'share.notice.embedRefused',
    defaultMessage:
      'Copying was refused by the browser: select the embed code in the box and copy it (Ctrl+C).',
  },
  tooLarge: {
    id: 'share.notice.tooLarge',
    defaultMessage:
      '{what, select, embed {Embed code} other {Presenter link}} copied, but this imported scenario is too large to travel in its link ({length, number} characters; the limit is {limit, number}). It opens only in this browser: to share the table, send the scenario file (Download the scenario file).',
    description: 'The last words in brackets name the button that downloads the file',
  },
});

/** What a copy says: done, refused (with what to do instead), or done but too large to travel. */
export interface CopyNotices {
  readonly copied: NoticePhrase;
  readonly refused: NoticePhrase;
  readonly tooLarge: (length: number, limit: number) => NoticePhrase;
}

export const presenterLinkNotices = (url: string): CopyNotices => ({
  copied: phrase(NOTICE.presenterCopied),
  refused: phrase(NOTICE.presenterRefused, { url }),
  tooLarge: (length, limit) => phrase(NOTICE.tooLarge, { what: 'presenter', length, limit }),
});

export const embedCodeNotices = (): CopyNotices => ({
  copied: phrase(NOTICE.embedCopied),
  refused: phrase(NOTICE.embedRefused),
  tooLarge: (length, limit) => phrase(NOTICE.tooLarge, { what: 'embed', length, limit }),
});
