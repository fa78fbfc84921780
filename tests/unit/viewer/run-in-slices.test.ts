import { describe, expect, test } from 'vitest';
import { forEachInSlices, runInSlices } from '../../../src/viewer/run-in-slices.js';

function busyFor(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // Stands for a step of real work.
  }
}

/** Queues a task now; tells whether it has run yet. */
function queueOtherTask(): () => boolean {
  let ran = false;
  setTimeout(() => {
    ran = true;
  }, 0);
  return () => ran;
}

describe('runInSlices', () => {
  test('a long job lets other tasks run before it ends', async () => {
    const otherTaskRan = queueOtherTask();
    let steps = 0;
    let ranBeforeTheEnd = false;
    // 40 steps of 5 ms: several slices.
    await runInSlices(() => {
      busyFor(5);
      steps += 1;
      ranBeforeTheEnd = otherTaskRan();
      return steps === 40;
    });
    expect(steps).toBe(40);
    expect(ranBeforeTheEnd).toBe(true);
  });

  test('a short job ends in one go, before other tasks', async () => {
    const otherTaskRan = queueOtherTask();
    let steps = 0;
    await runInSlices(() => {
      steps += 1;
      return steps === 3;
    });
    expect(steps).toBe(3);
    expect(otherTaskRan()).toBe(false);
  });
});

describe('forEachInSlices', () => {
  test.each([0, 1, 1024, 1025, 5000])('visits each of %i indices once, in order', async (count) => {
    const visited: number[] = [];
    await forEachInSlices(count, (index) => visited.push(index));
    expect(visited).toEqual([...Array(count).keys()]);
  });
});
