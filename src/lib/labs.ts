import { getCollection, type CollectionEntry } from 'astro:content';

export type Lab = CollectionEntry<'labs'>;

/** Labs ordered by the first chapter they apply, then by title. */
export async function labsInOrder(): Promise<Lab[]> {
  const labs = await getCollection('labs');
  const first = (lab: Lab) => lab.data.chapters[0]?.id ?? '';
  return labs.sort((a, b) => first(a).localeCompare(first(b)) || a.data.title.localeCompare(b.data.title, 'zh'));
}
