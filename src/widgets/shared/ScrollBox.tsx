import type { ComponentChildren } from 'preact';

interface Props {
  /** What is inside, for screen readers (the box is a named region). */
  label: string;
  class?: string;
  children: ComponentChildren;
}

/**
 * A box that scrolls sideways when its table is wider than the screen (phones, projector type), reachable with
 * the keyboard (Tab to it, then the arrow keys scroll) as WCAG asks of scrollable regions.
 */
export function ScrollBox({ label, class: className, children }: Props) {
  return (
    <div class={className} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
