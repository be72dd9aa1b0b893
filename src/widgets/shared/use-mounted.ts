import { useEffect, useState } from 'preact/hooks';

/**
 * False during the server render and the first client render, true after the island has mounted. A widget
 * whose first state comes from the URL or localStorage (share links, teacher mode) renders a placeholder until
 * then, so hydration meets exactly the HTML the server wrote and Preact never patches a mismatched tree.
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}
