// Charts are drawn one per task, each after the page has had a frame. Creating a chart.js chart measures the page
// (a forced style and layout of everything just rendered) and draws it: 15–40 ms each on the project's machine.
// The RFM calculator shows two charts when a file has been read, and drawing both in the task that rendered them
// blocked the page for 93 ms (issue 15: no main-thread task over 50 ms while a 1M-row file is uploaded).

type Job = () => void;

const queue: Job[] = [];
let waiting = false;

/** Waits for the next frame (the rendering step lays the new content out), then a fresh task; 100 ms at most. */
function afterFrame(run: () => void): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    if (frame !== null) cancelAnimationFrame(frame);
    setTimeout(run, 0);
  };
  // A hidden tab gets no frames: the timeout draws anyway.
  const fallback = setTimeout(go, 100);
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(go) : null;
}

function next(): void {
  waiting = false;
  const job = queue.shift();
  if (queue.length > 0) schedule();
  if (!job) return;
  try {
    job();
  } catch (error) {
    // A job handles its own failures; one that does not must not stop the charts after it.
    console.warn('[chart]', error);
  }
}

function schedule(): void {
  if (waiting) return;
  waiting = true;
  afterFrame(next);
}

/**
 * Runs `job` (create or update one chart) in a task of its own, after the jobs queued before it. Returns a cancel:
 * a job cancelled before its turn never runs (the chart's component went away or its data changed again).
 * @example const cancel = inChartTurn(() => chart.update('none'));
 */
export function inChartTurn(job: Job): () => void {
  const mine: Job = () => job();
  queue.push(mine);
  schedule();
  return () => {
    const at = queue.indexOf(mine);
    if (at >= 0) queue.splice(at, 1);
  };
}
