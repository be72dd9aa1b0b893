import { $notebook, answeredCount } from '../stores/notebook';
import { $progress } from '../stores/progress';
import { $settings, updateSettings } from '../stores/settings';

interface Counts {
  slug: string;
  questions: number;
  widgets: number;
}

/** Describes one chapter's progress in a line: visited, questions answered, widgets tried. */
export function progressLine(visited: boolean, answered: number, questions: number, widgetsUsed: number, widgets: number): string {
  if (!visited && answered === 0) return '';
  const parts = [visited ? '已学习' : '未打开', `思考题 ${answered}/${questions}`];
  if (widgets > 0) parts.push(`互动练习 ${Math.min(widgetsUsed, widgets)}/${widgets}`);
  return parts.join(' · ');
}

function showPlan(course: string): void {
  document.querySelectorAll<HTMLElement>('[data-plan-card]').forEach((card) => {
    const hours = Number(card.getAttribute(`data-hours-${course}`) ?? 'NaN');
    const label = card.querySelector<HTMLElement>('[data-hours-label]');
    if (Number.isNaN(hours)) return;
    card.classList.toggle('out-of-plan', hours === 0);
    if (label) label.textContent = hours === 0 ? '不在本课程计划内（可选学）' : `本计划 ${hours} 学时`;
  });
  document.querySelectorAll<HTMLElement>('[data-course-link]').forEach((link) => {
    link.hidden = link.dataset.courseLink !== course;
  });
}

/** The home page's live parts: the chosen course plan, and each chapter's progress from this browser's storage. */
export function startCourseMap(): void {
  const grid = document.querySelector<HTMLElement>('[data-progress-counts]');
  const counts: Counts[] = JSON.parse(grid?.dataset.progressCounts ?? '[]');
  const picker = document.getElementById('course-plan') as HTMLSelectElement | null;

  const render = () => {
    const progress = $progress.get();
    const notebook = $notebook.get();
    let next: string | null = null;
    for (const count of counts) {
      const entry = progress.chapters[count.slug];
      const answered = answeredCount(notebook, count.slug);
      const line = document.querySelector<HTMLElement>(`[data-progress-for="${count.slug}"]`);
      if (line) line.textContent = progressLine(Boolean(entry?.visitedAt), answered, count.questions, entry?.widgets.length ?? 0, count.widgets);
      if (!next && !entry?.visitedAt) next = count.slug;
    }
    const hint = document.getElementById('continue-hint');
    const card = next ? document.querySelector<HTMLElement>(`[data-chapter-card="${next}"]`) : null;
    const link = card?.querySelector<HTMLAnchorElement>('h3 a');
    if (hint && card && link && Object.keys(progress.chapters).length > 0) {
      const number = card.querySelector('.num')?.textContent?.split(' ·')[0] ?? '';
      hint.replaceChildren('继续学习：', Object.assign(document.createElement('a'), { href: link.href, textContent: `${number} ${link.textContent}` }));
    }
  };
  $progress.subscribe(render);
  $notebook.subscribe(render);

  if (picker) {
    $settings.subscribe((settings) => {
      const course = settings.course && [...picker.options].some((o) => o.value === settings.course) ? settings.course : picker.dataset.default ?? picker.value;
      picker.value = course;
      showPlan(course);
    });
    picker.addEventListener('change', () => updateSettings({ course: picker.value }));
  }
}
