// Items visited between two looks at the clock (see forEachInSlices).
const ITEMS_PER_LOOK = 1024;

// Well under the 50 ms at which a browser calls a task long, and short enough that a frame or
// a key press waits for no more than one slice.
export const SLICE_MS = 25;

/**
 * Lets the page paint, answer input and run what else is queued (a worker's start) before the
 * work goes on. A message, not `scheduler.yield()`, whose continuation runs ahead of the tasks
 * queued meanwhile, and not setTimeout, which nested holds back by at least 4 ms each time.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * Calls `step`, a bounded piece of a long job, until it returns true (done), yielding to the
 * page whenever a slice has taken SLICE_MS: a job over a million events is many short tasks,
 * never one that freezes the page. A job that fits in one slice finishes without yielding.
 */
export async function runInSlices(step: () => boolean): Promise<void> {
  for (;;) {
    const sliceEnd = performance.now() + SLICE_MS;
    do {
      if (step()) return;
    } while (performance.now() < sliceEnd);
    await yieldToPage();
  }
}

/**
 * Calls `visit` for each index from 0 to `count` - 1, in order, in slices (see runInSlices):
 * a pass over a million places or events as many short tasks.
 */
export function forEachInSlices(count: number, visit: (index: number) => void): Promise<void> {
  let next = 0;
  return runInSlices(() => {
    const end = Math.min(next + ITEMS_PER_LOOK, count);
    for (; next < end; next += 1) visit(next);
    return next >= count;
  });
}
