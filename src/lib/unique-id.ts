let counter = 0;

/** An id unique within one build, for elements that pages repeat (tooltips, headings of repeated blocks). */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
