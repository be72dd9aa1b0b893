import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { chapterLabel } from './chapters';

export type Course = CollectionEntry<'courses'>;
type ScheduleItem = Course['data']['schedule'][number];

/** Course plans, the 32-hour business-management plan first. */
export async function coursesInOrder(): Promise<Course[]> {
  const courses = await getCollection('courses');
  return courses.sort((a, b) => a.data.hours - b.data.hours || a.id.localeCompare(b.id));
}

/** The slug of the chapter, lab or supplement a plan item teaches. */
export function scheduleSlug(item: ScheduleItem): string {
  return item.kind === 'chapter' ? item.chapter.id : item.kind === 'lab' ? item.lab.id : item.supplement.id;
}

/** Hours a plan gives each chapter, lab and supplement (by slug); what the plan leaves out is absent. */
export function planHours(course: Course): Map<string, number> {
  const hours = new Map<string, number>();
  for (const item of course.data.schedule) {
    const slug = scheduleSlug(item);
    hours.set(slug, (hours.get(slug) ?? 0) + item.hours);
  }
  return hours;
}

/** One plan item as the course page lists it: its kind in Chinese, page and title. */
export async function scheduleEntry(item: ScheduleItem): Promise<{ kind: string; href: string; title: string }> {
  if (item.kind === 'chapter') {
    const chapter = await getEntry(item.chapter);
    return { kind: '章节', href: `/chapters/${item.chapter.id}/`, title: chapter ? `${chapterLabel(chapter.data.number)} ${chapter.data.title}` : item.chapter.id };
  }
  if (item.kind === 'lab') {
    const lab = await getEntry(item.lab);
    return { kind: '实训', href: `/labs/${item.lab.id}/`, title: lab?.data.title ?? item.lab.id };
  }
  const supplement = await getEntry(item.supplement);
  return { kind: '补充讲义', href: `/supplements/${item.supplement.id}/`, title: supplement?.data.title ?? item.supplement.id };
}
