// Wraps every Markdown table in a keyboard-focusable scroll box, so a wide table on a phone scrolls
// sideways by keyboard too (axe: scrollable-region-focusable) and screen readers announce it as a region.
export function rehypeScrollableTables() {
  const wrap = (node) => {
    if (!node.children) return;
    node.children = node.children.map((child) => {
      wrap(child);
      if (child.type !== 'element' || child.tagName !== 'table') return child;
      return {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: '表格（可左右滚动）' },
        children: [child],
      };
    });
  };
  return (tree) => wrap(tree);
}
