import type { KindGroup } from './place-kind.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One shape of a glyph on a 24x24 grid: filled, or stroked with round ends. */
interface GlyphPath {
  d: string;
  stroke?: true;
}

/**
 * A symbol per kind group, drawn on a 24x24 grid to read at 16-20 px: a skyline for a city,
 * a portico for a building, an anchor for a base, a tree for a park, two islets, a channel
 * between two shores for a strait, a flag for a country, waves for water and regions.
 */
const GLYPHS: Readonly<Record<KindGroup, readonly GlyphPath[]>> = {
  city: [{ d: 'M3 21V11l5-3v3l5-3v13H3z' }, { d: 'M14 21V4h7v17h-7z' }],
  building: [
    { d: 'M12 2 2 7.5V9h20V7.5L12 2z' },
    { d: 'M4 10.5h2.5v7H4zM8.5 10.5H11v7H8.5zM13 10.5h2.5v7H13zM17.5 10.5H20v7h-2.5z' },
    { d: 'M2 19h20v2.5H2z' },
  ],
  base: [
    { d: 'M12 3.2a2 2 0 1 1 0 .01', stroke: true },
    { d: 'M12 6v15M8 9h8M4.5 13.5c.5 4.2 3.6 7.5 7.5 7.5s7-3.3 7.5-7.5', stroke: true },
    { d: 'M2.5 14.5 4.5 12l2 2.5M17.5 14.5l2-2.5 2 2.5', stroke: true },
  ],
  park: [{ d: 'M12 2 18.5 10.5H15l4.5 6.5H13v5h-2v-5H4.5L9 10.5H5.5L12 2z' }],
  islands: [
    { d: 'M1.5 17.5C3.5 12 8.5 11 11.5 17.5z' },
    { d: 'M10.5 17.5c2.5-8 9.5-9 12-0z' },
    { d: 'M2 20.5c2.5-1.3 4.5-1.3 6.7 0s4.5 1.3 6.6 0 4.5-1.3 6.7 0', stroke: true },
  ],
  strait: [
    { d: 'M2 2h5.5l-1.5 5 1.5 5-1 5 1 5H2z' },
    { d: 'M22 2h-5.5l1.5 5-1.5 5 1 5-1 5H22z' },
    { d: 'M12 5v14M9.2 8 12 5l2.8 3M9.2 16l2.8 3 2.8-3', stroke: true },
  ],
  country: [{ d: 'M5 2h2.2v20H5z' }, { d: 'M8.2 3.5H20l-2.6 4.25L20 12H8.2z' }],
  'water-or-region': [
    {
      d: 'M2 7c2.5-1.8 4.5-1.8 6.7 0s4.5 1.8 6.6 0 4.5-1.8 6.7 0M2 12.5c2.5-1.8 4.5-1.8 6.7 0s4.5 1.8 6.6 0 4.5-1.8 6.7 0M2 18c2.5-1.8 4.5-1.8 6.7 0s4.5 1.8 6.6 0 4.5-1.8 6.7 0',
      stroke: true,
    },
  ],
};

/**
 * The symbol of a kind group as an inline SVG element. It is decorative (aria-hidden): the
 * element it sits in always carries the place's name or kind as text.
 */
export function createPlaceIcon(group: KindGroup, className: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', className);
  for (const glyph of GLYPHS[group]) {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', glyph.d);
    path.setAttribute('class', glyph.stroke === true ? 'nm-glyph-stroke' : 'nm-glyph-fill');
    svg.append(path);
  }
  return svg;
}
