/**
 * Collects items and hands them over once per animation frame. A hidden window gets no frames,
 * so a timer stands in for them there and the stream still completes in the background.
 */
export function createFrameBatcher<T>(deliver: (batch: T[]) => void) {
  let queue: T[] = [];
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function flush(): void {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = undefined;
    timer = undefined;
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    deliver(batch);
  }

  return {
    push(item: T): void {
      queue.push(item);
      if (frame !== undefined || timer !== undefined) return;
      frame = requestAnimationFrame(flush);
      timer = setTimeout(flush, 250);
    },
    flush,
    clear(): void {
      queue = [];
      flush();
    },
  };
}
