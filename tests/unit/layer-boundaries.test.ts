import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : /\.(ts|mts)$/.test(entry.name) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((match) => match[1] ?? match[2] ?? '');
}

function layerOf(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return `package:${specifier}`;
  const target = path.relative(SRC, path.resolve(path.dirname(file), specifier));
  return target.startsWith('..') ? 'outside-src' : target.split(path.sep)[0];
}

const FORBIDDEN: Record<string, RegExp> = {
  // Node only: never Leaflet, never the browser side.
  pipeline: /^(package:leaflet(\/.*)?|viewer|embed)$/,
  // Browser only: renders the dataset, never parses article text.
  viewer: /^(pipeline|build|server|package:node:.*|outside-src)$/,
  embed: /^(pipeline|build|server|package:node:.*|outside-src)$/,
  schema: /^(pipeline|viewer|embed|build|server|package:leaflet(\/.*)?|package:node:.*)$/,
};

test('each layer imports only what the design allows', () => {
  const violations: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const layer = path.relative(SRC, file).split(path.sep)[0] ?? '';
    const rule = FORBIDDEN[layer];
    for (const specifier of importsOf(file)) {
      const target = layerOf(file, specifier);
      if (target === 'outside-src' && layer !== 'server')
        violations.push(`${path.relative(SRC, file)} imports ${specifier} from outside src/`);
      else if (rule !== undefined && target !== undefined && rule.test(target))
        violations.push(`${path.relative(SRC, file)} imports ${specifier}`);
    }
  }
  expect(violations).toEqual([]);
});
