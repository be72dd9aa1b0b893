import { getCollection, type CollectionEntry } from 'astro:content';

export type Course = CollectionEntry<'courses'>;

/** Course plans, the 32-hour business-management plan first. */
export async function coursesInOrder(): Promise<Course[]> {
  const courses = await getCollection('courses');
  return courses.sort((a, b) => a.data.hours - b.data.hours || a.id.localeCompare(b.id));
}

/** Hours a plan gives each chapter and lab (by slug); what the plan leaves out is absent. */
export function planHours(course: Course): Map<string, number> {
  const hours = new Map<string, number>();
  for (const item of course.data.schedule) {
    const slug = item.kind === 'chapter' ? item.chapter.id : item.lab.id;
    hours.set(slug, (hours.get(slug) ?? 0) + item.hours);
  }
  return hours;
}
