/**
 * The map's stylesheets as text, for shadow roots. In the embeddable bundles (newsmap.js,
 * news-map.js) the build turns every CSS import into a `registerShadowCss` call; in the site's
 * own pages nothing registers, since those pages link their CSS.
 */
const registered: string[] = [];
let sheet: CSSStyleSheet | undefined;

export function registerShadowCss(css: string): void {
  registered.push(css);
  sheet = undefined;
}

/** One constructed stylesheet holding every registered stylesheet, shared by all shadow roots. */
export function registeredStyleSheet(): CSSStyleSheet {
  if (sheet === undefined) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(registered.join('\n'));
  }
  return sheet;
}
