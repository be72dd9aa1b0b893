// The papers widget's settings: a plan's defaults, and the page URL that keeps them (a reload or a colleague's
// link draws the same papers).
import type { ExamPlan } from '../../content-schema/exam-plans';
import { LINK_PREFIX, settingsToLink, type PaperSettings } from './link';

/** The school term a paper is usually set for now: 2025—2026 学年第一学期 from August, 第二学期 from February. */
export function currentTerm(now: Date = new Date()): string {
  const year = now.getFullYear();
  const month = now.getMonth() + 1;
  if (month >= 8) return `${year}—${year + 1} 学年第一学期`;
  if (month >= 2) return `${year - 1}—${year} 学年第二学期`;
  return `${year - 1}—${year} 学年第一学期`;
}

/** A six-digit seed, easy to read out and write down. */
export function newPaperSeed(random: () => number = Math.random): number {
  return 100_000 + Math.floor(random() * 900_000);
}

/** A plan's defaults: its blueprint, 30 % overlap, 闭卷, its audience as the 专业. */
export function planDefaults(plan: ExamPlan, seed: number): PaperSettings {
  return { plan: plan.slug, blueprint: plan.blueprint, seed, overlap: 30, school: '', term: currentTerm(), college: '', major: plan.audience, form: '闭卷' };
}

/** The page URL with these settings (other parameters, such as ?teacher=1, kept). */
export function urlWithSettings(settings: PaperSettings, bank: string, href: string = location.href): string {
  const url = new URL(href);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith(`${LINK_PREFIX}.`)) url.searchParams.delete(key);
  for (const [key, value] of Object.entries(settingsToLink(settings, bank))) url.searchParams.set(`${LINK_PREFIX}.${key}`, value);
  return url.toString();
}
