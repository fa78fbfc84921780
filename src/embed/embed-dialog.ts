import { element } from '../viewer/dom.js';
import { embedSnippet, embedTitle, embedUrlFor, type EmbedLinks } from './embed-snippet.js';

export interface EmbedDialogOptions extends EmbedLinks {
  /** The article's title, from which the iframe's title is made. */
  articleTitle: string;
  /** The place open now, read each time the dialog opens: the snippet opens on it. */
  openPlace: () => { id: string; name: string } | undefined;
}

// Element ids must be unique in a page that holds several maps.
let dialogCount = 0;

const COPIED = 'Copied. Paste it into your page’s HTML.';
const SELECTED = 'Selected. Press Ctrl+C (⌘C on a Mac) to copy it.';

/**
 * False where the page's permissions policy blocks the clipboard: an iframe without
 * `allow="clipboard-write"`, as the embed is. Asked first (Chromium tells; others do not, and
 * then a refused write falls back the same way), so that Copy does not log a violation.
 */
function clipboardAllowed(): boolean {
  const policy = (document as { featurePolicy?: { allowsFeature(feature: string): boolean } })
    .featurePolicy;
  return policy?.allowsFeature('clipboard-write') ?? true;
}

export interface EmbedDialog {
  dialog: HTMLDialogElement;
  /** Fills in the snippet for the view at that moment and opens the dialog. */
  show(): void;
  remove(): void;
}

/**
 * The "Embed this map" dialog: the snippet for the view as it is (the open place as
 * `#place=`), copied with the clipboard when the page may use it, otherwise selected for the
 * reader to copy. Loaded only when a reader first asks for it (see embed-control.ts).
 */
export function createEmbedDialog(options: EmbedDialogOptions): EmbedDialog {
  const dialog = element('dialog', 'nm-embed-dialog');
  const heading = element('h2', 'nm-embed-dialog__title', 'Embed this map');
  dialogCount += 1;
  heading.id = `nm-embed-title-${dialogCount}`;
  dialog.setAttribute('aria-labelledby', heading.id);
  const intro = element('p', 'nm-embed-dialog__intro');
  const code = element('textarea', 'nm-embed-dialog__code');
  code.readOnly = true;
  code.rows = 6;
  code.spellcheck = false;
  code.setAttribute('aria-label', 'HTML to paste into your page');
  const status = element('p', 'nm-embed-dialog__status');
  status.setAttribute('role', 'status');
  const copy = element('button', 'nm-embed-dialog__copy', 'Copy code');
  copy.type = 'button';
  const close = element('button', 'nm-embed-dialog__close', 'Close');
  close.type = 'button';
  const actions = element('div', 'nm-embed-dialog__actions');
  actions.append(copy, close);
  dialog.append(heading, intro, code, actions, status);

  const selectCode = () => {
    code.focus();
    code.select();
    status.textContent = SELECTED;
  };
  const onCopy = () => {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (clipboard === undefined || !clipboardAllowed()) {
      selectCode();
      return;
    }
    clipboard.writeText(code.value).then(() => {
      status.textContent = COPIED;
    }, selectCode);
  };
  const onClose = () => dialog.close();
  // A modal: its keys (Escape closes it natively) are not the viewer's shortcuts.
  const keepKeys = (event: KeyboardEvent) => event.stopPropagation();
  copy.addEventListener('click', onCopy);
  close.addEventListener('click', onClose);
  dialog.addEventListener('keydown', keepKeys);

  return {
    dialog,
    show() {
      const place = options.openPlace();
      code.value = embedSnippet({
        embedUrl: embedUrlFor(options.embedPage, place?.id),
        title: embedTitle(options.articleTitle),
        hostScriptUrl: options.hostScript,
      });
      intro.textContent =
        place === undefined
          ? 'Paste this HTML into your page. The map opens as it first appears here.'
          : `Paste this HTML into your page. The map opens on ${place.name}, as now.`;
      status.textContent = '';
      dialog.showModal();
      code.focus();
      code.select();
      // Selecting scrolls to the end; the reader should see the snippet from its start.
      code.scrollTop = 0;
    },
    remove() {
      copy.removeEventListener('click', onCopy);
      close.removeEventListener('click', onClose);
      dialog.removeEventListener('keydown', keepKeys);
      if (dialog.open) dialog.close();
      dialog.remove();
    },
  };
}
