/** The deck as the .pptx needs it: plain text in runs, lists, tables and notes, read from the rendered slides. */

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
}

export type SpecBlock =
  | { readonly type: 'paragraph'; readonly runs: readonly Run[]; readonly lead?: boolean }
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'list'; readonly ordered: boolean; readonly start: number; readonly items: readonly (readonly Run[])[] }
  | { readonly type: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] };

export interface SpecWidget {
  readonly title: string;
  /** The live slide's address, for the link and the QR code. */
  readonly url: string;
  /** 互动练习：扫码或点击链接，在网页上使用 (in the page's script). */
  readonly caption: string;
}

export interface SpecSlide {
  readonly kind: string;
  readonly eyebrow: string;
  readonly title: string;
  readonly blocks: readonly SpecBlock[];
  /** Speaker notes as plain text, one label and its text per paragraph. */
  readonly notes: string;
  readonly widget?: SpecWidget;
}

export interface DeckSpec {
  /** 第六章 客户分级: the file's name and the presentation's title. */
  readonly title: string;
  /** `zh-CN` or `zh-Hant`: the fonts the file asks for. */
  readonly lang: string;
  readonly slides: readonly SpecSlide[];
}
