import { getCollection, type CollectionEntry } from 'astro:content';
import type { Scenario } from '../engine/communication/roleplay';
import type { ScenarioSummary } from '../content-schema/scenario-schema';

export type ScenarioEntry = CollectionEntry<'scenarios'>;

/** Every complaint role-play script, in its `order`. */
export async function scenariosInOrder(): Promise<ScenarioEntry[]> {
  const scenarios = await getCollection('scenarios');
  return scenarios.sort((a: ScenarioEntry, b: ScenarioEntry) => a.data.order - b.data.order);
}

/** A script as the engine takes it: the file name is its id. */
export function scenarioOf(entry: ScenarioEntry): Scenario {
  return { id: entry.id, ...entry.data } as Scenario;
}

export function summaryOf(entry: ScenarioEntry): ScenarioSummary {
  const { title, company, industry, channel, role, summary, customer } = entry.data;
  return { id: entry.id, title, company, industry, channel, role, summary, customer };
}
