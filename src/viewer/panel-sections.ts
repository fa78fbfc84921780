import { element } from './dom.js';

export interface PanelSection {
  label: string;
  /** The section's heading: scrolled to the top of the panel and focused. */
  heading: HTMLElement;
}

export interface PanelSections {
  element: HTMLElement;
  /** Whether any part of `target` is inside the panel's visible part. */
  isInView(target: HTMLElement): boolean;
  destroy(): void;
}

/**
 * A row of links at the top of the panel to its sections (the article, the places, the
 * journeys), which otherwise follow one another in one long scroll.
 */
export function createPanelSections(
  scroller: HTMLElement,
  sections: readonly PanelSection[],
): PanelSections {
  const nav = element('nav', 'nm-panel-nav');
  nav.setAttribute('aria-label', 'Panel sections');
  const scrollTo = (heading: HTMLElement) => {
    scroller.scrollTop +=
      heading.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  };
  const onClicks = sections.map(({ label, heading }) => {
    const link = element('button', 'nm-panel-nav__link', label);
    link.type = 'button';
    const onClick = () => {
      scrollTo(heading);
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    };
    link.addEventListener('click', onClick);
    nav.append(link);
    return { link, onClick };
  });
  return {
    element: nav,
    isInView(target) {
      const view = scroller.getBoundingClientRect();
      const box = target.getBoundingClientRect();
      return box.height > 0 && box.bottom > view.top && box.top < view.bottom;
    },
    destroy() {
      for (const { link, onClick } of onClicks) link.removeEventListener('click', onClick);
      nav.remove();
    },
  };
}
