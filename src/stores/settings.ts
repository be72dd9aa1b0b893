import { persistentAtom } from './storage/persistent';
import type { VersionedSpec } from './storage/versioned';

export interface Settings {
  /** 教师模式: shows teacher-only blocks and answer keys. */
  readonly teacher: boolean;
  /** 投影模式: big type, high contrast (only with teacher mode). */
  readonly projector: boolean;
  /** The chosen course plan's slug, or null for the default. */
  readonly course: string | null;
}

export const settingsSpec: VersionedSpec<Settings> = {
  key: 'crm-lab:settings',
  version: 1,
  empty: () => ({ teacher: false, projector: false, course: null }),
  migrations: {},
  parse: (data) => {
    const value = data as Partial<Settings> | null;
    if (typeof value !== 'object' || value === null) return null;
    if (typeof value.teacher !== 'boolean' || typeof value.projector !== 'boolean') return null;
    if (value.course !== null && typeof value.course !== 'string') return null;
    return value as Settings;
  },
};

export const $settings = persistentAtom<Settings>(settingsSpec);

export function updateSettings(change: Partial<Settings>): void {
  $settings.set({ ...$settings.get(), ...change });
}
