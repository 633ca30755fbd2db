import { type KeyboardEvent, type ReactNode, useRef } from 'react';

/**
 * A row of tabs as the ARIA tabs pattern wants it: one tab stop, arrow keys move between tabs,
 * each tab controls the panel whose id is `${idPrefix}-panel-${name}` (the caller renders it).
 */
export function TabList<T extends string>(props: {
  tabs: readonly T[];
  selected: T;
  onSelect(tab: T): void;
  /** Unique on the page: tab ids are `${idPrefix}-tab-${name}`. */
  idPrefix: string;
  label: string;
  className?: string;
  children(tab: T): ReactNode;
}) {
  const { tabs, selected, onSelect, idPrefix } = props;
  const elements = useRef<Partial<Record<T, HTMLButtonElement | null>>>({});

  function onKeyDown(event: KeyboardEvent): void {
    const offset = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (offset === 0) return;
    event.preventDefault();
    const next = tabs[(tabs.indexOf(selected) + offset + tabs.length) % tabs.length] as T;
    onSelect(next);
    elements.current[next]?.focus();
  }

  return (
    <div className={props.className ?? 'tabs'} role="tablist" aria-label={props.label}>
      {tabs.map((name) => (
        <button
          key={name}
          ref={(element) => {
            elements.current[name] = element;
          }}
          type="button"
          role="tab"
          id={tabId(idPrefix, name)}
          aria-selected={selected === name}
          aria-controls={selected === name ? panelId(idPrefix, name) : undefined}
          tabIndex={selected === name ? 0 : -1}
          onClick={() => onSelect(name)}
          onKeyDown={onKeyDown}
        >
          {props.children(name)}
        </button>
      ))}
    </div>
  );
}

export const tabId = (idPrefix: string, tab: string) => `${idPrefix}-tab-${tab}`;
export const panelId = (idPrefix: string, tab: string) => `${idPrefix}-panel-${tab}`;
