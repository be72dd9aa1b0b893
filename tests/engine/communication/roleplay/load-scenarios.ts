import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Scenario } from '~/engine/communication/roleplay';
import { scenarioSchema } from '~/content-schema/scenario-schema';

export const SCENARIO_DIR = 'content/scenarios';

/** Every script in content/scenarios, parsed with the content schema (as the build does), id = file name. */
export function loadScenarios(dir = SCENARIO_DIR): Scenario[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const parsed = scenarioSchema.safeParse(yaml.load(readFileSync(join(dir, name), 'utf8')));
      if (!parsed.success) throw new Error(`${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
      return { id: name.replace(/\.yaml$/, ''), ...parsed.data } as Scenario;
    });
}
