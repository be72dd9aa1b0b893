/**
 * A chapter as a lecture deck (`/chapters/<slug>/slides/`): the slide list `buildSlides` makes at build time from the
 * chapter's frontmatter and its MDX body, and the page renders. Plain data: no Astro, no DOM.
 */

/** What a chapter's frontmatter gives the deck (the lesson schema's fields, with its 第N章 label). */
export interface LessonOutline {
  /** 第六章. */
  readonly label: string;
  readonly title: string;
  readonly titleEn: string;
  readonly hours: number;
  readonly summary: string;
  readonly objectives: readonly string[];
  readonly keyPoints: readonly string[];
  readonly sections: readonly { readonly heading: string; readonly points: readonly string[] }[];
  readonly questions: readonly { readonly id: string; readonly text: string; readonly answerKey?: string }[];
  readonly teacher: {
    readonly methods: string;
    readonly ideologyGoal: string;
    readonly ideologyCase: { readonly title: string; readonly body: string };
  };
}

export type SlideKind =
  | 'title'
  | 'objectives'
  | 'section'
  | 'point'
  | 'note'
  | 'example'
  | 'case'
  | 'discussion'
  | 'practice'
  | 'widget'
  | 'questions';

/** One block of a slide's body: a paragraph, a list or a table, already HTML. */
export interface SlideBlock {
  readonly html: string;
  /** Estimated height in body lines at slide size (what the packing counts). */
  readonly lines: number;
  /** A worked example's step, shown on a key press: the whole block, or each item of a list in turn. */
  readonly reveal?: 'block' | 'items';
}

/** Speaker notes: a teacher block, an answer (参考思路) or an answer key, with the label it had on the page. */
export interface SlideNote {
  readonly label: string;
  readonly html: string;
}

/** A live widget on its own slide: the component the chapter imports, and its props. */
export interface SlideWidgetRef {
  /** The import path under src/, e.g. `widgets/rfm-calculator/RfmCalculator.tsx`. */
  readonly source: string;
  readonly props: Readonly<Record<string, string>>;
}

export interface Slide {
  readonly kind: SlideKind;
  /** The small line above the title: the section, 例题, 案例… */
  readonly eyebrow: string;
  readonly title: string;
  /** When one unit (a long example, a case) needs several slides: which one of how many. */
  readonly part?: { readonly index: number; readonly count: number };
  readonly blocks: readonly SlideBlock[];
  readonly notes: readonly SlideNote[];
  readonly widget?: SlideWidgetRef;
}
