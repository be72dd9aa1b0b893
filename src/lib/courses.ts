import { getCollection, type CollectionEntry } from 'astro:content';

export type Course = CollectionEntry<'courses'>;

/** Course plans, the 32-hour business-management plan first. */
export async function coursesInOrder(): Promise<Course[]> {
  const courses = await getCollection('courses');
  return courses.sort((a, b) => a.data.hours - b.data.hours || a.id.localeCompare(b.id));
}

/** Hours a plan gives each chapter (by slug); chapters the plan leaves out are absent. */
export function chapterHours(course: Course): Map<string, number> {
  const hours = new Map<string, number>();
  for (const item of course.data.schedule) {
    if (item.kind === 'chapter') hours.set(item.chapter.id, (hours.get(item.chapter.id) ?? 0) + item.hours);
  }
  return hours;
}
