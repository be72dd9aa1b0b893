import { $settings } from '../stores/settings';

/**
 * A lesson's head beside the syllabus's 建议学时: its hours in the course plan chosen on the home page (本课程计划：6 学时),
 * or 选学 when that plan does not teach it; nothing while no plan is chosen (the syllabus's hours are the default
 * plan's). ChapterHead.astro writes one line per plan (so the build converts it for /zh-hant/); this shows the chosen one.
 */
export function showPlanHours(): void {
  const lines = document.querySelectorAll<HTMLElement>('[data-plan-hours]');
  if (lines.length > 0) $settings.subscribe(({ course }) => lines.forEach((line) => (line.hidden = line.dataset.planHours !== course)));
}
