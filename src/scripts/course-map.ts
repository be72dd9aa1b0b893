import { $notebook, answeredCount } from '../stores/notebook';
import { $progress } from '../stores/progress';
import { $settings, updateSettings } from '../stores/settings';
import { localHref } from '../i18n/locale';
import { pageTextConverter } from './page-text';
import { chapterStatus, nextStep, planProgress, progressLine, STATUS_LABELS, type ChapterCounts, type ChapterState } from './course-map-model';

const all = <T extends Element = HTMLElement>(selector: string) => [...document.querySelectorAll<T>(selector)];

/** The chosen plan's hours on every chapter and lab (map nodes and cards), and its link. */
function showPlan(course: string, convert: (text: string) => string): void {
  for (const item of all('[data-plan-card]')) {
    const hours = Number(item.getAttribute(`data-hours-${course}`) ?? 'NaN');
    if (Number.isNaN(hours)) continue;
    item.classList.toggle('out-of-plan', hours === 0);
    const label = item.querySelector<HTMLElement>('[data-hours-label]');
    if (!label) continue;
    const short = label.dataset.hoursLabel === 'short';
    label.textContent = convert(hours === 0 ? (short ? '选学' : '不在本课程计划内（可选学）') : short ? `${hours} 学时` : `本计划 ${hours} 学时`);
  }
  for (const link of all('[data-course-link]')) link.hidden = link.dataset.courseLink !== course;
}

/** The home page's live parts: the chosen course plan, each chapter's progress from this browser's storage, and the next step. */
export async function startCourseMap(): Promise<void> {
  const convert = await pageTextConverter();
  const root = document.getElementById('course-map');
  const counts: ChapterCounts[] = JSON.parse(root?.dataset.progressCounts ?? '[]');
  const picker = document.getElementById('course-plan') as HTMLSelectElement | null;
  const cta = document.getElementById('continue-hint') as HTMLAnchorElement | null;
  const summary = document.getElementById('home-progress');
  const planOrder = (): string[] => (picker?.selectedOptions[0]?.dataset.order ?? counts.map((c) => c.slug).join(',')).split(',').filter(Boolean);

  const render = () => {
    const progress = $progress.get();
    const notebook = $notebook.get();
    const states: Record<string, ChapterState> = {};
    for (const { slug } of counts) {
      const entry = progress.chapters[slug];
      states[slug] = { visited: Boolean(entry?.visitedAt), answered: answeredCount(notebook, slug), widgetsUsed: entry?.widgets.length ?? 0 };
    }
    const order = planOrder();
    const next = nextStep(order, states, counts);
    for (const count of counts) {
      const line = document.querySelector<HTMLElement>(`[data-progress-for="${count.slug}"]`);
      if (line) line.textContent = convert(progressLine(states[count.slug], count));
      const node = document.querySelector<HTMLElement>(`[data-route-chapter="${count.slug}"]`);
      if (!node) continue;
      const status = chapterStatus(states[count.slug], count);
      node.dataset.status = status;
      node.toggleAttribute('data-next', next?.slug === count.slug);
      const words = node.querySelector<HTMLElement>('[data-route-status]');
      if (words) words.textContent = convert(next?.slug === count.slug ? '下一步' : STATUS_LABELS[status]);
    }
    if (summary) summary.textContent = convert(planProgress(order, states, counts));
    if (!cta) return;
    const target = next ? document.querySelector<HTMLElement>(`[data-route-chapter="${next.slug}"]`) : null;
    if (next && target) {
      cta.setAttribute('href', target.querySelector('a')!.getAttribute('href')!);
      const { number = '', title = '' } = target.dataset;
      // number and title come from the page, already in its script.
      cta.textContent = next.resume ? `${convert('继续学习：')}${number} ${title}` : `${convert('从')}${number}${convert('开始')}`;
    } else if (!next) {
      cta.setAttribute('href', localHref('/notebook/'));
      cta.textContent = convert('各章都学完了：到学习笔记导出回答');
    }
  };

  if (picker) {
    $settings.subscribe((settings) => {
      const course = settings.course && [...picker.options].some((o) => o.value === settings.course) ? settings.course : picker.dataset.default ?? picker.value;
      picker.value = course;
      showPlan(course, convert);
      render();
    });
    picker.addEventListener('change', () => updateSettings({ course: picker.value }));
  }
  $progress.subscribe(render);
  $notebook.subscribe(render);
}
