/**
 * Scrolls `scroller` so that `target` is fully visible in it, and nothing else: unlike
 * Element.scrollIntoView it never scrolls the page around the viewer (an embedding host's).
 */
export function scrollIntoViewWithin(scroller: HTMLElement, target: HTMLElement): void {
  const view = scroller.getBoundingClientRect();
  const box = target.getBoundingClientRect();
  if (box.top < view.top) scroller.scrollTop -= view.top - box.top;
  else if (box.bottom > view.bottom) scroller.scrollTop += box.bottom - view.bottom;
}
