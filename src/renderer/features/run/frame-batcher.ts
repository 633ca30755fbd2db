// Every batcher of the window shares one animation frame callback. Each store update makes React
// render and then read the layout (to keep an answer scrolled to its end); done from separate
// callbacks, six comparison panes cost six full layouts a frame, done from one, a single layout.
const due = new Set<() => void>();
let sharedFrame: number | undefined;

function runDue(): void {
  sharedFrame = undefined;
  const flushes = [...due];
  due.clear();
  for (const flush of flushes) flush();
}

/**
 * Collects items and hands them over once per animation frame. A hidden window gets no frames,
 * so a timer stands in for them there and the stream still completes in the background.
 */
export function createFrameBatcher<T>(deliver: (batch: T[]) => void) {
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
      if (timer !== undefined) return;
      due.add(flush);
      sharedFrame ??= requestAnimationFrame(runDue);
      timer = setTimeout(flush, 250);
    },
    flush,
    clear(): void {
      queue = [];
      flush();
    },
  };
}
