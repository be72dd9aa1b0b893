import { persistentAtom } from './storage/persistent';
import { z } from './storage/schema';
import type { VersionedSpec } from './storage/versioned';

export interface Settings {
  /** 教师模式: shows teacher-only blocks and answer keys. */
  readonly teacher: boolean;
  /** 投影模式: big type, high contrast (only with teacher mode). */
  readonly projector: boolean;
  /** The chosen course plan's slug, or null for the default. */
  readonly course: string | null;
  /**
   * 思考与实践的参考要点 hidden on this device: set by a teacher's link with `?keys=hide` (homework), cleared by
   * `?keys=show`. Optional, so version-1 values without it still read.
   */
  readonly hideKeys?: boolean;
}

export const settingsSpec: VersionedSpec<Settings> = {
  key: 'crm-lab:settings',
  label: '设置',
  version: 1,
  empty: () => ({ teacher: false, projector: false, course: null }),
  migrations: {},
  schema: z.strictObject({ teacher: z.boolean(), projector: z.boolean(), course: z.nullable(z.string()), hideKeys: z.optional(z.boolean()) }),
};

export const $settings = persistentAtom<Settings>(settingsSpec);

export function updateSettings(change: Partial<Settings>): void {
  $settings.set({ ...$settings.get(), ...change });
}
