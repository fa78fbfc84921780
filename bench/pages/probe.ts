/**
 * Injected into every benchmarked page before its own scripts (as an init script): records
 * when the first marker is painted, every long task, and, on demand, the interval between
 * animation frames. The harness reads `window.benchProbe`.
 */
export interface BenchProbe {
  /** ms since navigation start, once a marker has been painted. */
  firstPaint: number | undefined;
  /** `[start, duration]` of every main-thread task over 50 ms (PerformanceObserver longtask). */
  longTasks: [number, number][];
  startFrames(): void;
  /** The intervals (ms) between animation frames since `startFrames`. */
  stopFrames(): number[];
}

declare global {
  interface Window {
    benchProbe: BenchProbe;
  }
}

// What counts as a marker: Leaflet's marker icons (newsmap's places and clusters, plain
// markers, markercluster's badges), or a canvas page's mark once its circles are drawn.
const MARKER_SELECTOR = '.leaflet-marker-icon, [data-bench-drawn]';

let frames: number[] = [];
// Each recording has its own loop; a loop from an earlier recording stops at its next frame.
let recording = 0;
let lastFrame: number | undefined;

const probe: BenchProbe = {
  firstPaint: undefined,
  longTasks: [],
  startFrames() {
    frames = [];
    recording += 1;
    lastFrame = undefined;
    const loop = recording;
    const onFrame = (time: number) => {
      if (loop !== recording) return;
      if (lastFrame !== undefined) frames.push(time - lastFrame);
      lastFrame = time;
      requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
  },
  stopFrames() {
    recording += 1;
    return frames;
  },
};
window.benchProbe = probe;

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) probe.longTasks.push([entry.startTime, entry.duration]);
}).observe({ type: 'longtask', buffered: true });

// The marker is painted in the frame after it enters the DOM; a message posted from that
// frame's animation callback runs once the frame has been produced.
const markerObserver = new MutationObserver(() => {
  if (document.querySelector(MARKER_SELECTOR) === null) return;
  markerObserver.disconnect();
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      probe.firstPaint = performance.now();
    };
    channel.port2.postMessage(undefined);
  });
});
markerObserver.observe(document, {
  subtree: true,
  childList: true,
  attributes: true,
  attributeFilter: ['data-bench-drawn'],
});
