import { useEffect, useLayoutEffect, useRef } from 'react';

const nearBottomPixels = 48;

/**
 * Keeps a growing answer scrolled to its end while the reader is at the end, and leaves the
 * scroll alone once they scroll up to read something.
 */
export function useStickToBottom<T extends HTMLElement>(revision: number) {
  const marker = useRef<T>(null);
  const following = useRef(true);

  useEffect(() => {
    const scroller = marker.current?.closest('.response-panel');
    if (!scroller) return;
    const onScroll = () => {
      following.current =
        scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < nearBottomPixels;
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => scroller.removeEventListener('scroll', onScroll);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: revision is the signal that content grew.
  useLayoutEffect(() => {
    const scroller = marker.current?.closest('.response-panel');
    if (scroller && following.current) scroller.scrollTop = scroller.scrollHeight;
  }, [revision]);

  return marker;
}
