import { afterAll, beforeAll, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

// The package's types are what a newsroom's TypeScript sees of `import { mount } from 'newsmap'`;
// they are written by `npm run build` alone, so nothing else would notice them break.
const root = path.resolve(import.meta.dirname, '../../..');
const TSC = path.join(root, 'node_modules/.bin/tsc');

let workdir: string;

interface Run {
  code: number;
  output: string;
}

function tsc(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(TSC, args, { cwd: root, maxBuffer: 4 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, output: stdout + stderr });
    });
  });
}

beforeAll(async () => {
  workdir = await mkdtemp(path.join(os.tmpdir(), 'newsmap-types-'));
});

afterAll(async () => {
  await rm(workdir, { recursive: true, force: true });
});

const CONSUMER = `import { mount, defineNewsMapElement, HEIGHT_MESSAGE, type MapHandle, type MountOptions } from 'newsmap';

const options: MountOptions = { datasetUrl: '/data/article.geojson', place: 'matsu-islands', basemap: 'offline' };
const map: MapHandle = mount(document.createElement('div'), options);
const stop: () => void = map.on('open', ({ id, name }) => console.log(id.length, name.length));
const opened: boolean = map.openPlace('taiwan-strait');
defineNewsMapElement();
console.log(opened, HEIGHT_MESSAGE);
stop();
map.destroy();
`;

test('the types npm run build writes let a consumer call mount as documented, and reject a misspelt option', async () => {
  const typesDir = path.join(workdir, 'types');
  const build = await tsc('-p', 'tsconfig.types.json', '--outDir', typesDir);
  expect(build.output).toBe('');
  expect(build.code).toBe(0);

  const consumerConfig = (file: string) => ({
    compilerOptions: {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      types: [],
      typeRoots: [path.join(root, 'node_modules/@types')],
      paths: { newsmap: [path.join(typesDir, 'embed/index.d.ts')] },
    },
    files: [file],
  });

  await writeFile(path.join(workdir, 'consumer.ts'), CONSUMER);
  await writeFile(
    path.join(workdir, 'tsconfig.json'),
    JSON.stringify(consumerConfig('consumer.ts')),
  );
  const consumer = await tsc('-p', path.join(workdir, 'tsconfig.json'));
  expect(consumer.output).toBe('');
  expect(consumer.code).toBe(0);

  await writeFile(
    path.join(workdir, 'misspelt.ts'),
    CONSUMER.replace("basemap: 'offline'", "basemap: 'ofline'"),
  );
  await writeFile(
    path.join(workdir, 'tsconfig.misspelt.json'),
    JSON.stringify(consumerConfig('misspelt.ts')),
  );
  const misspelt = await tsc('-p', path.join(workdir, 'tsconfig.misspelt.json'));
  expect(misspelt.output).toMatch(
    /misspelt\.ts\(3,\d+\): error TS\d+: Type '"ofline"' is not assignable/,
  );
}, 120_000);
