import { useEffect, useRef } from 'preact/hooks';

/**
 * A ref for the answer's box that takes the keyboard focus when the answer is revealed (the button that
 * revealed it is gone, so a keyboard user keeps their place); not when the widget opens already revealed.
 */
export function useFocusOnReveal<T extends HTMLElement>(revealed: boolean) {
  const box = useRef<T>(null);
  const wasRevealed = useRef(revealed);
  useEffect(() => {
    if (revealed && !wasRevealed.current) box.current?.focus();
    wasRevealed.current = revealed;
  }, [revealed]);
  return box;
}
