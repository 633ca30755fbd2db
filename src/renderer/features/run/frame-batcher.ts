// Every batcher of the window shares one animation frame callback. Each store update makes React
// render and then read the layout (to keep an answer scrolled to its end); done from separate
// callbacks, six comparison panes cost six full layouts a frame, done from one, a single layout.
//
// Deliveries are also paced to at most one per `minimumIntervalMs`: text that grows 30 times a
// second reads as smoothly as at 60, and six streaming panes drawn at 60 left the window no time
// for anything else. A delivery after a pause still goes on the very next frame, so the first
// token is shown as soon as it can be, and so does one that ends a run (its last words).
const minimumIntervalMs = 32;
const due = new Set<() => void>();
let frameRequested = false;
let urgent = false;
let lastRun = Number.NEGATIVE_INFINITY;

function runDue(now: number): void {
  frameRequested = false;
  // A frame early by less than a frame's length would otherwise skip a whole frame.
  if (!urgent && now - lastRun < minimumIntervalMs - 8) {
    requestFrame();
    return;
  }
  lastRun = now;
  urgent = false;
  const flushes = [...due];
  due.clear();
  for (const flush of flushes) flush();
}

function requestFrame(): void {
  if (frameRequested) return;
  frameRequested = true;
  requestAnimationFrame(runDue);
}

/**
 * Collects items and hands them over once per animation frame. A hidden window gets no frames,
 * so a timer stands in for them there and the stream still completes in the background. Items
 * `isUrgent` picks are handed over on the next frame, whatever the pacing.
 */
export function createFrameBatcher<T>(
  deliver: (batch: T[]) => void,
  isUrgent: (item: T) => boolean = () => false,
) {
  let queue: T[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  function flush(): void {
    due.delete(flush);
    clearTimeout(timer);
    timer = undefined;
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    deliver(batch);
  }

  return {
    push(item: T): void {
      queue.push(item);
      if (isUrgent(item)) urgent = true;
      if (timer !== undefined) return;
      due.add(flush);
      requestFrame();
      timer = setTimeout(flush, 250);
    },
    flush,
    clear(): void {
      queue = [];
      flush();
    },
  };
}
