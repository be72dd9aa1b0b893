// A page inside a SCORM 1.2 learning platform (loaded by scorm.ts only there). The chapter the platform launched
// (its SCO, named by `cmi.launch_data`) reports its status, score, place and work as the learner goes; every page
// of the launch commits when hidden and ends the session when the learner leaves the package. A link followed
// inside the package keeps the session open for the next page, which takes it over.
import { $notebook } from '../stores/notebook';
import { mergeNotebooks } from '../stores/notebook/schema';
import { $selfCheck, mergeSelfCheck } from '../stores/self-check';
import { reportNotice } from '../stores/storage/notices';
import type { Scorm12Api } from './scorm';
import { chapterReport, decodeSuspendData, encodeSuspendData, NO_WORK, notBelow, workSince, type ChapterWork } from './scorm-report';

/** Which chapter this launch is, for the pages that follow the launched one (a platform that sends no launch data). */
const LAUNCHED_KEY = 'crm-lab:scorm-chapter';
const SUSPEND_KEY = 'scorm:suspend_data';
/** Answers are saved as they are typed; the platform hears of them after a pause. */
const REPORT_DELAY_MS = 1_000;
/** A platform's commit is a request to its server: at most this often, and always when the page is hidden. */
const COMMIT_DELAY_MS = 15_000;

type Connection = 'launched' | 'continued';

/** Opens the session, or takes over the one an earlier page of this launch left open. */
function connect(api: Scorm12Api): Connection | null {
  if (api.LMSInitialize('') === 'true') return 'launched';
  api.LMSGetValue('cmi.core.lesson_status');
  return api.LMSGetLastError() === '0' ? 'continued' : null;
}

interface Launch {
  /** The launched chapter's slug: the platform's launch data (the manifest's `adlcp:datafromlms`), else the launched page's. */
  readonly chapter?: string;
  /** When the launch began (ms), for `cmi.core.session_time`. */
  readonly at: number;
}

/** This launch: a new one, or the one an earlier page of it noted in the tab's session storage. */
function launchOf(api: Scorm12Api, connection: Connection): Launch {
  const page: Launch = { chapter: document.documentElement.dataset.chapter, at: performance.timeOrigin };
  try {
    if (connection === 'continued') return JSON.parse(sessionStorage.getItem(LAUNCHED_KEY) ?? 'null') ?? { at: page.at };
    const launch = { chapter: api.LMSGetValue('cmi.launch_data').trim() || page.chapter, at: page.at };
    sessionStorage.setItem(LAUNCHED_KEY, JSON.stringify(launch));
    return launch;
  } catch {
    return connection === 'launched' ? page : { at: page.at };
  }
}

/** SCORM 1.2's CMITimespan: HHHH:MM:SS. */
export function timespan(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.min(9999, Math.floor(seconds / 3600)), 4)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

function chapterWork(slug: string): ChapterWork {
  const quizzes = Object.fromEntries(Object.entries($selfCheck.get().quizzes).filter(([key]) => key.startsWith(`${slug}/`)));
  return { answers: $notebook.get().answers[slug] ?? {}, quizzes };
}

/** The id of the last heading the learner has read past (the top of the reading area), or null above the first. */
function currentHeading(): string | null {
  const header = document.querySelector('.site-header');
  const top = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
  let id: string | null = null;
  for (const heading of document.querySelectorAll<HTMLElement>('main h2[id], main h3[id]')) {
    if (heading.getClientRects().length > 0 && heading.getBoundingClientRect().top <= top + 40) id = heading.id;
  }
  return id;
}

/** The launched chapter reports to the platform: restores the learner's work, then follows it. */
function reportChapter(api: Scorm12Api, slug: string, launched: boolean, onChange: () => void): () => void {
  const get = (element: string) => api.LMSGetValue(element) ?? '';
  const since = new Date(performance.timeOrigin).toISOString(); // work done on this page counts, even before this ran
  const questionIds = [...document.querySelectorAll<HTMLTextAreaElement>('[data-widget="think-practice"] textarea')].map((t) => t.name);
  const platform = { status: get('cmi.core.lesson_status'), raw: get('cmi.core.score.raw') };
  const place = get('cmi.core.lesson_location');
  const saved = decodeSuspendData(get('cmi.suspend_data'), slug);
  const restored = saved.ok ? saved.work : NO_WORK;

  $notebook.listen(() => {}); // keeps both stores mounted, so they load and save for the whole visit
  $selfCheck.listen(() => {});
  if (saved.ok) {
    $notebook.set(mergeNotebooks($notebook.get(), { answers: { [slug]: restored.answers } }));
    $selfCheck.set(mergeSelfCheck($selfCheck.get(), { quizzes: restored.quizzes }));
  } else {
    const why = saved.kind === 'newer' ? '来自本课程更新的版本' : '无法读取';
    reportNotice({ kind: saved.kind, key: SUSPEND_KEY, message: `学习平台里保存的本章学习记录${why}，这次不会覆盖它；你的回答照常保存在这台电脑的浏览器里。` });
  }
  if (launched && place && !location.hash) document.getElementById(place)?.scrollIntoView();

  const written = new Map<string, string>();
  const set = (element: string, value: string) => {
    if (written.get(element) === value) return false;
    api.LMSSetValue(element, value);
    written.set(element, value);
    return true;
  };
  const report = () => {
    const work = workSince(chapterWork(slug), restored, since);
    const { status, raw } = notBelow(chapterReport(work, questionIds, slug), platform);
    let graded = set('cmi.core.lesson_status', status);
    if (raw !== null) graded = [set('cmi.core.score.min', '0'), set('cmi.core.score.max', '100'), set('cmi.core.score.raw', raw)].some(Boolean) || graded;
    let kept = false;
    if (saved.ok) {
      const suspend = encodeSuspendData(slug, work, questionIds);
      kept = set('cmi.suspend_data', suspend.text);
      if (suspend.left.length > 0) {
        const numbers = suspend.left.map((id) => id.replace(/^q/, '')).join('、');
        reportNotice({ kind: 'quota', key: SUSPEND_KEY, message: `第 ${numbers} 题的回答太长，学习平台只能再保存别的题：它完整地保存在这台电脑的浏览器里，换电脑前请在“学习笔记”里导出 JSON 备份。` });
      }
    }
    if (graded) api.LMSCommit('');
    else if (kept) onChange();
  };
  report();

  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(report, REPORT_DELAY_MS);
  };
  $notebook.listen(later);
  $selfCheck.listen(later);

  let frame = 0;
  addEventListener(
    'scroll',
    () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const id = currentHeading();
        if (id && id.length <= 255 && set('cmi.core.lesson_location', id)) onChange();
      });
    },
    { passive: true },
  );
  return () => {
    clearTimeout(timer);
    report();
  };
}

/**
 * True on the chapter's own page (`…/chapters/<slug>/`, `…/zh-hant/chapters/<slug>/index.html`): only there are its
 * questions counted. Its slides (`…/chapters/<slug>/slides/`) carry the chapter too, but not all of its questions.
 */
export function isChapterPage(pathname: string, slug: string): boolean {
  return pathname.endsWith(`/chapters/${slug}/`) || pathname.endsWith(`/chapters/${slug}/index.html`);
}

/** True when a click or a form follows a link that stays inside the package and leaves this page. */
function leavesForPackagePage(target: EventTarget | null): boolean {
  const link = target instanceof Element ? target.closest<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]') : null;
  if (!link || link.hasAttribute('download') || (link.target && link.target !== '_self')) return false;
  const to = new URL(link.href, location.href);
  return to.origin === location.origin && !(to.pathname === location.pathname && to.search === location.search && to.hash !== '');
}

/** Runs the session on this page: `api` is the platform's, found by scorm.ts. */
export function startScormSession(api: Scorm12Api): void {
  const connection = connect(api);
  if (!connection) return;
  const { chapter, at } = launchOf(api, connection);
  let commitTimer: ReturnType<typeof setTimeout> | undefined;
  const commitSoon = () => {
    commitTimer ??= setTimeout(() => {
      commitTimer = undefined;
      api.LMSCommit('');
    }, COMMIT_DELAY_MS);
  };
  const flush = chapter && isChapterPage(location.pathname, chapter) ? reportChapter(api, chapter, connection === 'launched', commitSoon) : () => {};

  let staying = false;
  addEventListener('click', (event) => {
    if (!event.defaultPrevented && event.button === 0 && !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) staying = leavesForPackagePage(event.target);
  });
  addEventListener('submit', (event) => {
    if (!event.defaultPrevented) staying = event.target instanceof HTMLFormElement && new URL(event.target.action, location.href).origin === location.origin;
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'hidden') return;
    flush();
    api.LMSCommit('');
  });
  let ended = false;
  addEventListener('pagehide', () => {
    if (ended) return;
    flush();
    api.LMSSetValue('cmi.core.exit', 'suspend'); // come back to the same work: the platform keeps suspend_data
    if (staying) {
      api.LMSCommit('');
      return;
    }
    ended = true;
    api.LMSSetValue('cmi.core.session_time', timespan(Date.now() - at)); // the whole launch, across its pages
    api.LMSFinish(''); // commits too
  });
}
