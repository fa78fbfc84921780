import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ClusterRequest, ClusterResponse } from '../../../src/viewer/cluster-messages.js';
import { createLevelsIndex } from '../../../src/viewer/split-cluster-index.js';
import { buildSyntheticDataset } from '../../../bench/generate-dataset.js';

/** A fresh cluster worker's script, run in this thread: what it answers, in order. */
async function clusterWorker() {
  const answers: ClusterResponse[] = [];
  const scope: { onmessage?: (event: { data: ClusterRequest }) => void } = {
    postMessage: (answer: ClusterResponse) => answers.push(answer),
  } as never;
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('../../../src/viewer/cluster-worker.js');
  const post = (request: ClusterRequest) => scope.onmessage?.({ data: structuredClone(request) });
  return { post, answers };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const { features } = buildSyntheticDataset(4_000, 8, { events: false });
const coordinates = new Float64Array(features.flatMap((feature) => feature.geometry.coordinates));
const WORLD = [-180, -85, 180, 85] as const;

describe('a cluster worker', () => {
  test('given the places in batches as they arrived, clusters them as if given them at once', async () => {
    const { post, answers } = await clusterWorker();
    for (let at = 0; at < coordinates.length; at += 1_234)
      post({ kind: 'add', coordinates: coordinates.slice(at, at + 1_234) });
    post({ kind: 'load', levels: 'shallow' });
    for (const zoom of [1, 3, 5, 8]) post({ kind: 'query', request: zoom, box: [...WORLD], zoom });
    const whole = createLevelsIndex(coordinates, 'shallow');
    expect(answers.map((answer) => answer.kind)).toEqual(Array(4).fill('clusters'));
    for (const answer of answers) {
      if (answer.kind !== 'clusters') continue;
      expect(Array.from(answer.items)).toEqual(Array.from(whole.query([...WORLD], answer.request)));
    }
    // Single places keep their place in the dataset: the last batch's are numbered after the rest.
    const deepest = answers.at(-1);
    const singles = deepest?.kind === 'clusters' ? deepest.items : new Float64Array();
    expect(Math.max(...singles.filter((_, i) => i % 4 === 3))).toBeGreaterThan(3_000);
  });

  test('indexes only the places sent since its last load', async () => {
    const { post, answers } = await clusterWorker();
    post({ kind: 'add', coordinates: coordinates.slice(0, 2_000) });
    post({ kind: 'load', levels: 'shallow' });
    post({ kind: 'add', coordinates });
    post({ kind: 'load', levels: 'shallow' });
    post({ kind: 'query', request: 1, box: [...WORLD], zoom: 2 });
    const [answer] = answers;
    const counted =
      answer?.kind === 'clusters' ? answer.items.filter((_, i) => i % 4 === 2) : new Float64Array();
    expect(counted.reduce((sum, count) => sum + count, 0)).toBe(4_000);
  });
});
