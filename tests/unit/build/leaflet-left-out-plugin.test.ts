import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leafletCssWithoutLeftOut } from '../../../src/build/leaflet-left-out-plugin.js';

const leafletCssFile = path.resolve(
  import.meta.dirname,
  '../../../node_modules/leaflet/dist/leaflet.css',
);
const trimmed = leafletCssWithoutLeftOut(readFileSync(leafletCssFile), leafletCssFile);
const trim = (css: string) => leafletCssWithoutLeftOut(Buffer.from(css), 'test.css');

describe("leaflet.css without the rules of the parts newsmap's bundles leave out", () => {
  it('drops the layers and scale controls, the default icon, VML and old Internet Explorer', () => {
    for (const leftOut of [
      '.leaflet-control-layers',
      '.leaflet-control-scale',
      '.leaflet-default-icon-path',
      '.leaflet-marker-shadow',
      '.leaflet-image-layer',
      '.leaflet-oldie',
      '.lvml',
      'images/',
    ])
      expect(trimmed).not.toContain(leftOut);
  });

  it('takes out the tooltips but keeps their pane, which every map makes', () => {
    expect(trimmed).toContain('.leaflet-tooltip-pane');
    expect(trimmed).not.toMatch(/\.leaflet-tooltip(?!-pane)/);
  });

  it('keeps what the viewer shows: panes, markers, popups, zoom, attribution, print', () => {
    for (const kept of [
      '.leaflet-pane',
      '.leaflet-marker-icon',
      '.leaflet-popup-content-wrapper',
      '.leaflet-control-zoom-in',
      '.leaflet-control-attribution',
      '.leaflet-safari .leaflet-tile',
      '@media print',
    ])
      expect(trimmed).toContain(kept);
  });

  it('takes a left-out selector out of a list and keeps the rest of its rule', () => {
    const css = trim(
      '.leaflet-touch .leaflet-control-attribution, .leaflet-touch .leaflet-control-layers { box-shadow: none }',
    );
    expect(css).toContain('.leaflet-touch .leaflet-control-attribution');
    expect(css).not.toContain('layers');
    expect(css).toContain('box-shadow: none');
  });

  it('drops a rule whose every selector is left out, in a media query too', () => {
    expect(trim('@media print { .leaflet-oldie .leaflet-control { color: red } }')).not.toContain(
      'color',
    );
    expect(trim('.leaflet-control-scale-line:not(:first-child) { border: 0 }')).not.toContain(
      'border',
    );
  });
});
