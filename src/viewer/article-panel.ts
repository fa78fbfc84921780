import type { Dataset, Mention, Sentence } from '../schema/dataset-schema.js';
import { element } from './dom.js';

export interface ArticlePanel {
  element: HTMLElement;
  /**
   * Highlights exactly the sentences that mention the place, scrolls the first into view and
   * moves focus there; returns how many sentences were highlighted.
   */
  showPlace(id: string): number;
  /** Highlights one sentence (a story step's or a journey's) and scrolls it into view. */
  showSentence(index: number): void;
  /** Marks the mentions of the open place (or none) as current, without scrolling. */
  markOpenPlace(id: string | undefined): void;
  destroy(): void;
}

export interface ArticlePanelOptions {
  dataset: Dataset;
  onOpenPlace: (id: string, mention: HTMLElement) => void;
  /** A page-unique id for one of this panel's elements. */
  ids: (name: string) => string;
  /** The element that scrolls the article; the panel's own element when undefined. */
  scroller?: () => HTMLElement;
}

interface PlacedMention extends Mention {
  placeId: string;
  placeName: string;
}

/** Every mention, per sentence, in text order; overlapping ones keep the first. */
function mentionsBySentence(dataset: Dataset): Map<number, PlacedMention[]> {
  const all = dataset.features
    .flatMap((feature) =>
      feature.properties.mentions.map((mention) => ({
        ...mention,
        placeId: feature.id,
        placeName: feature.properties.name,
      })),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const bySentence = new Map<number, PlacedMention[]>();
  for (const mention of all) {
    const list = bySentence.get(mention.sentence) ?? [];
    const previous = list.at(-1);
    if (previous === undefined || mention.start >= previous.end) list.push(mention);
    bySentence.set(mention.sentence, list);
  }
  return bySentence;
}

/**
 * One sentence as text with its place mentions as buttons. Offsets are the dataset's own; a
 * mention whose offsets do not cut out its text is left as plain text rather than misplaced.
 */
function renderSentence(
  sentence: Sentence,
  index: number,
  mentions: readonly PlacedMention[],
  hintId: string,
): HTMLElement {
  const span = element('span', 'nm-sentence');
  span.dataset['sentence'] = String(index);
  let cursor = 0;
  for (const mention of mentions) {
    const from = mention.start - sentence.start;
    const to = mention.end - sentence.start;
    if (from < cursor || sentence.text.slice(from, to) !== mention.text) continue;
    span.append(sentence.text.slice(cursor, from));
    const button = element('button', 'nm-mention', mention.text);
    button.type = 'button';
    button.dataset['placeId'] = mention.placeId;
    button.title = `Show ${mention.placeName} on the map`;
    button.setAttribute('aria-describedby', hintId);
    span.append(button);
    cursor = to;
  }
  span.append(sentence.text.slice(cursor));
  return span;
}

/**
 * Scrolls `scroller` so that `target` sits in its middle third, with the text around it for
 * context, unless it is already there; the page around the viewer never scrolls.
 */
function scrollToMiddle(scroller: HTMLElement, target: HTMLElement): void {
  const view = scroller.getBoundingClientRect();
  const box = target.getBoundingClientRect();
  const third = view.height / 3;
  if (box.top >= view.top + third / 2 && box.bottom <= view.bottom - third / 2) return;
  const offset = box.height > third ? third / 2 : (view.height - box.height) / 2;
  scroller.scrollTop += box.top - view.top - offset;
}

/** A photo caption, set apart from the body text as a figure without its (absent) photo. */
function createCaptionFigure(sentences: readonly HTMLElement[]): HTMLElement {
  const figure = element('figure', 'nm-article__photo');
  const caption = element('figcaption', 'nm-article__photo-caption');
  caption.append(element('span', 'nm-article__photo-label', 'Photo caption'));
  sentences.forEach((sentence, i) => caption.append(i === 0 ? '' : ' ', sentence));
  figure.append(caption);
  return figure;
}

/**
 * The article as the dataset carries it: paragraphs rebuilt from `sentence.paragraph`
 * (the text is never parsed here), photo captions shown as captions, and every place mention
 * a button that opens its place. Text is set as text only.
 */
export function createArticlePanel({
  dataset,
  onOpenPlace,
  ids,
  scroller,
}: ArticlePanelOptions): ArticlePanel {
  const root = element('article', 'nm-article');
  root.setAttribute('aria-label', 'The article');
  const hint = element('span', 'nm-sr-only', 'Opens the place on the map');
  hint.id = ids('mention-hint');
  root.append(hint);

  const mentions = mentionsBySentence(dataset);
  const sentenceElements: HTMLElement[] = [];
  let paragraph: { index: number; role: Sentence['role']; parts: HTMLElement[] } | undefined;
  const flush = () => {
    if (paragraph === undefined) return;
    if (paragraph.role === 'caption') root.append(createCaptionFigure(paragraph.parts));
    else {
      const p = element('p', 'nm-article__paragraph');
      paragraph.parts.forEach((part, i) => p.append(i === 0 ? '' : ' ', part));
      root.append(p);
    }
  };
  dataset.article.sentences.forEach((sentence, index) => {
    const node = renderSentence(sentence, index, mentions.get(index) ?? [], hint.id);
    sentenceElements.push(node);
    if (paragraph?.index !== sentence.paragraph || paragraph.role !== sentence.role) {
      flush();
      paragraph = { index: sentence.paragraph, role: sentence.role, parts: [] };
    }
    paragraph.parts.push(node);
  });
  flush();

  const onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('.nm-mention') : null;
    const id = button instanceof HTMLElement ? button.dataset['placeId'] : undefined;
    if (button instanceof HTMLElement && id !== undefined) onOpenPlace(id, button);
  };
  root.addEventListener('click', onClick);

  let highlighted: HTMLElement[] = [];
  const highlight = (indexes: readonly number[], focus: boolean) => {
    for (const node of highlighted) {
      node.classList.remove('nm-sentence--highlight');
      node.removeAttribute('tabindex');
    }
    highlighted = indexes.flatMap((i) => sentenceElements[i] ?? []);
    for (const node of highlighted) node.classList.add('nm-sentence--highlight');
    const first = highlighted[0];
    if (first === undefined) return;
    scrollToMiddle(scroller?.() ?? root, first);
    if (focus) {
      // Focus follows the reader to the text, so the next Tab continues from there.
      first.tabIndex = -1;
      first.focus({ preventScroll: true });
    }
  };

  let current: string | undefined;
  return {
    element: root,
    showPlace(id) {
      const sentences = dataset.features.find((feature) => feature.id === id)?.properties.mentions;
      const indexes = [...new Set((sentences ?? []).map((mention) => mention.sentence))].sort(
        (a, b) => a - b,
      );
      highlight(indexes, true);
      return indexes.length;
    },
    showSentence(index) {
      highlight([index], false);
    },
    markOpenPlace(id) {
      if (id === current) return;
      for (const button of root.querySelectorAll<HTMLElement>('.nm-mention--open')) {
        button.classList.remove('nm-mention--open');
      }
      current = id;
      if (id === undefined) return;
      for (const button of root.querySelectorAll<HTMLElement>('.nm-mention')) {
        if (button.dataset['placeId'] === id) button.classList.add('nm-mention--open');
      }
    },
    destroy() {
      root.removeEventListener('click', onClick);
      root.remove();
    },
  };
}
