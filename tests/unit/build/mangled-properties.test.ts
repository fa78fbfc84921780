import { describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { KEPT_PRIVATE_NAMES, MANGLED_PROPERTIES } from '../../../src/build/mangled-properties.js';

const leafletSources = path.resolve(import.meta.dirname, '../../../node_modules/leaflet/src');

async function leafletModules(): Promise<string[]> {
  const entries = await readdir(leafletSources, { recursive: true });
  return Promise.all(
    entries
      .filter((entry) => entry.endsWith('.js'))
      .map((entry) => readFile(path.join(leafletSources, entry), 'utf8')),
  );
}

describe('the properties the bundles rename', () => {
  it('keeps every underscored name Leaflet exports from a module or spells in a string', async () => {
    const sources = await leafletModules();
    const exported = sources.flatMap((source) =>
      [...source.matchAll(/^export (?:function|var|const|let) (_\w+)/gm)].map((match) => match[1]),
    );
    const quoted = sources.flatMap((source) =>
      [...source.matchAll(/['"](_[a-zA-Z]\w*)['"]/g)].map((match) => match[1]),
    );
    // Leaflet 1.9.4 has four of each (LineUtil's helpers, `_leaflet_id` and its kin); none may be renamed.
    expect(exported).toHaveLength(4);
    expect(new Set(quoted).size).toBe(4);
    for (const name of [...exported, ...quoted]) expect(name).toMatch(KEPT_PRIVATE_NAMES);
  });

  it('renames the other private members and nothing without a leading underscore', () => {
    for (const name of ['_map', '_container', '_zoomAnimated', '_tiles'])
      expect(MANGLED_PROPERTIES.mangleProps.test(name) && !KEPT_PRIVATE_NAMES.test(name)).toBe(
        true,
      );
    for (const name of ['options', 'getElement', '__proto__', 'leaflet_id'])
      expect(MANGLED_PROPERTIES.mangleProps.test(name)).toBe(false);
  });
});
