// The learner's record-sheet drafts, kept in localStorage (versioned like the notebook): one draft per scenario
// card and the card last open. Field ids are kept as stored even when the catalogue no longer has them (the
// view leaves those out), so a change of catalogue never throws a learner's work away.
import { persistentAtom } from '../../stores/storage/persistent';
import type { VersionedSpec } from '../../stores/storage/versioned';
import type { DesignedField } from '../../engine/customer-profile';

export interface ProfileDraft {
  readonly fields: readonly DesignedField[];
  /** ISO time of the last edit. */
  readonly updatedAt: string;
}

export interface ProfileDrafts {
  /** The scenario card last open, or null. */
  readonly scenario: string | null;
  readonly drafts: Readonly<Record<string, ProfileDraft>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The data when it has the current shape, else null (then it is set aside and reported, never dropped). */
export function parseProfileDrafts(data: unknown): ProfileDrafts | null {
  if (!isRecord(data) || !isRecord(data.drafts)) return null;
  if (data.scenario !== null && typeof data.scenario !== 'string') return null;
  for (const draft of Object.values(data.drafts)) {
    if (!isRecord(draft) || typeof draft.updatedAt !== 'string' || !Array.isArray(draft.fields)) return null;
    for (const field of draft.fields) {
      if (!isRecord(field) || typeof field.id !== 'string' || typeof field.required !== 'boolean' || typeof field.note !== 'string') return null;
    }
  }
  return data as unknown as ProfileDrafts;
}

export const profileDraftsSpec: VersionedSpec<ProfileDrafts> = {
  key: 'crm-lab:profile-builder',
  version: 1,
  empty: () => ({ scenario: null, drafts: {} }),
  migrations: {},
  parse: parseProfileDrafts,
};

export const $profileDrafts = persistentAtom<ProfileDrafts>(profileDraftsSpec);
