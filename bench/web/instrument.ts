/**
 * What the web benchmark measures inside the page. Installed with `addInitScript` so it is in place
 * before the app's own scripts run.
 *
 * Two independent measures of input latency:
 * - every keydown / pointerdown / pointermove / pointerup is timed from its hardware timestamp
 *   (`event.timeStamp`) to the first task after the next animation frame, i.e. after the app's
 *   handlers, React's update and the frame that shows it (the same approximation web-vitals
 *   uses without Event Timing); pointermove matters for dragging and Event Timing does not
 *   report it;
 * - Event Timing entries (`PerformanceObserver` type `event`, `durationThreshold: 16`): the
 *   browser's own input-to-next-paint duration for discrete events slower than 16 ms.
 * Long tasks are recorded for the time-to-interactive estimate.
 */
export const INSTRUMENT = `(() => {
  const bench = (window.__bench = { recording: false, inputs: [], slowEvents: [], longTasks: [] });
  const timeToFrame = (type, t0) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => bench.inputs.push({ type, ms: performance.now() - t0 });
    requestAnimationFrame(() => channel.port2.postMessage(0));
  };
  for (const type of ['keydown', 'pointerdown', 'pointermove', 'pointerup']) {
    addEventListener(type, (e) => { if (bench.recording) timeToFrame(type, e.timeStamp); },
      { capture: true, passive: true });
  }
  try {
    new PerformanceObserver((list) => {
      if (!bench.recording) return;
      for (const e of list.getEntries())
        bench.slowEvents.push({ name: e.name, ms: e.duration, interactionId: e.interactionId || 0 });
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    bench.unsupported = String(error);
  }
})();`;

export interface InputSample {
  type: string;
  ms: number;
}

export interface SlowEvent {
  name: string;
  ms: number;
  interactionId: number;
}

export interface PageMeasures {
  inputs: InputSample[];
  slowEvents: SlowEvent[];
  longTasks: { start: number; end: number }[];
  unsupported?: string;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[rank] ?? 0) * 10) / 10;
}

export function summarize(samples: number[]) {
  return {
    count: samples.length,
    p50Ms: percentile(samples, 50),
    p95Ms: percentile(samples, 95),
    maxMs: percentile(samples, 100),
  };
}
