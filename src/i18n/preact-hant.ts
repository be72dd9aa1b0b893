import { Fragment, options, type VNode } from 'preact';
import { READER_ATTRIBUTES } from './hant-convert';
import { toHantRuntime } from './hant-runtime';

type Children = unknown;

function convertChildren(children: Children, convert: (s: string) => string): Children {
  if (typeof children === 'string') return convert(children);
  if (Array.isArray(children)) return children.map((child) => convertChildren(child, convert));
  return children;
}

/**
 * Makes every Preact element convert its text to Traditional Chinese as it is created, so widgets on
 * /zh-hant/ pages need no per-string work. The learner's own text is left alone: a `<textarea>`, an `<input>`'s
 * value and anything inside an element marked `translate="no"` are not converted. Installed by page-conversion.ts on
 * Traditional pages only.
 */
export function installPreactConversion(convert: (s: string) => string = toHantRuntime): void {
  const previous = options.vnode;
  options.vnode = (vnode: VNode) => {
    const props = vnode.props as Record<string, unknown> | null;
    const isElement = typeof vnode.type === 'string' || vnode.type === Fragment;
    if (props && isElement && vnode.type !== 'textarea' && props.translate !== 'no' && props.translate !== false) {
      if ('children' in props) props.children = convertChildren(props.children, convert);
      for (const name of READER_ATTRIBUTES) {
        const value = props[name];
        if (typeof value === 'string') props[name] = convert(value);
      }
    }
    previous?.(vnode);
  };
}
