import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { watchOverflow } from './scroll-overflow';

interface Props {
  /** What is inside, for screen readers (the box is a named region). */
  label: string;
  class?: string;
  children: ComponentChildren;
}

/**
 * A box that scrolls sideways when its table is wider than the screen (phones, projector type), reachable with
 * the keyboard (Tab to it, then the arrow keys scroll) as WCAG asks of scrollable regions. While it overflows it
 * shows a hint above the table and keeps the first column in view (global.css, `.scroll-box`).
 */
export function ScrollBox({ label, class: className, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => (box.current ? watchOverflow(box.current) : undefined), []);
  return (
    <div ref={box} class={className ? `scroll-box ${className}` : 'scroll-box'} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
