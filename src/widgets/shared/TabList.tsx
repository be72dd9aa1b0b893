import type { ComponentChildren } from 'preact';

export interface TabItem<K extends string> {
  readonly key: K;
  readonly label: string;
}

interface Props<K extends string> {
  tabs: readonly TabItem<K>[];
  selected: K;
  /** Called on a click and on the arrow, Home and End keys; the widget changes its state (and records its use). */
  onSelect: (key: K) => void;
  /** The tab list's accessible name. */
  label: string;
  class: string;
  tabId: (key: K) => string;
  /** The id of the tab panel the tab controls. */
  panelId: (key: K) => string;
}

/**
 * Which tab a key moves to in a row of `count` tabs from tab `index` (WAI-ARIA tabs pattern: the arrows wrap
 * around, Home and End go to the first and last); `undefined` for any other key.
 * @example tabAfterKey('ArrowLeft', 0, 3) // 2
 */
export function tabAfterKey(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index + count - 1) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * A row of ARIA tabs with automatic activation: only the selected tab is in the tab order, the arrow keys,
 * Home and End select another tab and move the focus to it; a click selects without moving the focus.
 * The widget renders the tab panel itself.
 */
export function TabList<K extends string>({ tabs, selected, onSelect, label, class: className, tabId, panelId }: Props<K>) {
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const next = tabAfterKey(event.key, index, tabs.length);
    if (next === undefined) return;
    event.preventDefault();
    onSelect(tabs[next]!.key);
    (event.currentTarget as HTMLElement).parentElement?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div class={className} role="tablist" aria-label={label}>
      {tabs.map((tab, i) => (
        <button
          type="button"
          role="tab"
          id={tabId(tab.key)}
          aria-controls={panelId(tab.key)}
          aria-selected={selected === tab.key}
          tabIndex={selected === tab.key ? 0 : -1}
          key={tab.key}
          onClick={() => onSelect(tab.key)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

interface TabsProps<K extends string> extends Pick<Props<K>, 'tabs' | 'selected' | 'onSelect' | 'label'> {
  /** Names the parts: classes `<prefix>-tabs` and `<prefix>-panel`, ids `<prefix>-tab-<key>` and `<prefix>-panel-<key>`. */
  prefix: string;
  /** The selected tab's panel content. */
  children: ComponentChildren;
}

/** A `TabList` and the selected tab's panel, labelled by its tab: a widget's modes (分析数据 / 分步讲解, 单个 / 批量). */
export function Tabs<K extends string>({ prefix, selected, children, ...list }: TabsProps<K>) {
  return (
    <>
      <TabList {...list} selected={selected} class={`${prefix}-tabs`} tabId={(k) => `${prefix}-tab-${k}`} panelId={(k) => `${prefix}-panel-${k}`} />
      <div role="tabpanel" id={`${prefix}-panel-${selected}`} aria-labelledby={`${prefix}-tab-${selected}`} class={`${prefix}-panel`}>
        {children}
      </div>
    </>
  );
}
