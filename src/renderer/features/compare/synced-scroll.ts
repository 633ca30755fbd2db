import { type RefObject, useEffect } from 'react';

// A scroll within this long after the reader touched the element is theirs; later ones come from
// code (sticking to the end of a growing answer, or this very synchronization).
const intentWindowMs = 800;

/**
 * Scrolls every member to the same relative position as the one the reader scrolls. Only scrolls
 * the reader caused are followed, so panes that move each other never echo back and forth.
 */
export function createScrollGroup() {
  const members = new Set<HTMLElement>();
  const lastIntent = new WeakMap<HTMLElement, number>();
  const held = new WeakSet<HTMLElement>();

  function follow(source: HTMLElement): void {
    const range = source.scrollHeight - source.clientHeight;
    const ratio = range > 0 ? source.scrollTop / range : 0;
    for (const other of members) {
      if (other !== source) other.scrollTop = ratio * (other.scrollHeight - other.clientHeight);
    }
  }

  return {
    add(element: HTMLElement): () => void {
      const intend = () => lastIntent.set(element, performance.now());
      const hold = () => {
        held.add(element);
        intend();
      };
      const release = () => {
        held.delete(element);
        intend();
      };
      const onScroll = () => {
        const since = performance.now() - (lastIntent.get(element) ?? Number.NEGATIVE_INFINITY);
        if (held.has(element) || since < intentWindowMs) follow(element);
      };
      const intents = ['wheel', 'touchmove', 'keydown'] as const;
      for (const type of intents) element.addEventListener(type, intend, { passive: true });
      element.addEventListener('pointerdown', hold, { passive: true });
      window.addEventListener('pointerup', release, { passive: true });
      element.addEventListener('scroll', onScroll, { passive: true });
      members.add(element);
      return () => {
        members.delete(element);
        for (const type of intents) element.removeEventListener(type, intend);
        element.removeEventListener('pointerdown', hold);
        window.removeEventListener('pointerup', release);
        element.removeEventListener('scroll', onScroll);
      };
    },
  };
}

const paneAnswers = createScrollGroup();

/** Joins the panes' answer areas while synchronized scrolling is on. */
export function useSyncedScroll(ref: RefObject<HTMLElement | null>, enabled: boolean): void {
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element) return;
    return paneAnswers.add(element);
  }, [ref, enabled]);
}
