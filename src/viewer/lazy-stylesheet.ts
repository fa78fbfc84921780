/**
 * Loads a stylesheet that only a lazily loaded part of the viewer needs, into the document or
 * the shadow root that holds the viewer (a `<link>` in a shadow root styles that tree only).
 * Settles once the sheet has loaded or failed, so that the part can render styled. Adds each
 * sheet once per root; the link stays for the page's lifetime, like the viewer's own CSS.
 */
export function loadLazyStylesheet(viewerRoot: HTMLElement, href: string): Promise<void> {
  const holder = viewerRoot.getRootNode();
  const parent = holder instanceof ShadowRoot ? holder : document.head;
  const existing = [...parent.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].find(
    (link) => link.href === href,
  );
  if (existing?.sheet) return Promise.resolve();
  const link =
    existing ?? Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  if (existing === undefined) parent.append(link);
  return loaded;
}
