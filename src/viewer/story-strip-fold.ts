import { element } from './dom.js';

export interface StripFold {
  toggle: HTMLButtonElement;
  setExpanded(expanded: boolean): void;
  remove(): void;
}

/**
 * The button that folds the story strip (timeline, story controls, date filter) to one line
 * where the map is short of room: the compact layout and narrow viewers (`.newsmap--sheet`),
 * which start with it folded. Wide viewers hide the button and always show the strip
 * (story.css), so the state only matters where the button is shown. Folding or unfolding
 * resizes the map: `resizesMap` wraps the change to keep the map's view in step.
 */
export function createStripFold(
  strip: HTMLElement,
  body: HTMLElement,
  resizesMap: (change: () => void) => void,
): StripFold {
  const toggle = element('button', 'nm-story-bar__toggle', 'Story & timeline');
  toggle.type = 'button';
  toggle.setAttribute('aria-controls', body.id);

  const setExpanded = (expanded: boolean) => {
    strip.classList.toggle('nm-story-bar--folded', !expanded);
    toggle.setAttribute('aria-expanded', String(expanded));
  };
  setExpanded(false);
  const onClick = () => {
    resizesMap(() => setExpanded(strip.classList.contains('nm-story-bar--folded')));
  };
  toggle.addEventListener('click', onClick);
  return {
    toggle,
    setExpanded,
    remove() {
      toggle.removeEventListener('click', onClick);
      toggle.remove();
    },
  };
}
