// Well under the 50 ms at which a browser calls a task long, and short enough that a frame or
// a key press waits for no more than one slice.
const SLICE_MS = 25;

interface Scheduler {
  yield(): Promise<void>;
}

function hasScheduler(scope: object): scope is { scheduler: Scheduler } {
  const scheduler: unknown = Reflect.get(scope, 'scheduler');
  return typeof scheduler === 'object' && scheduler !== null && 'yield' in scheduler;
}

/** Lets the page paint and answer input before the work goes on. */
function yieldToPage(): Promise<void> {
  const scope: object = globalThis;
  if (hasScheduler(scope)) return scope.scheduler.yield();
  // A message, not setTimeout: nested timeouts are held back by at least 4 ms each.
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
