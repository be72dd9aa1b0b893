// The learner's record-sheet drafts (the customer-profile-builder widget): one draft per scenario card and the card
// last open. Field ids are kept as stored even when the catalogue no longer has them (the view leaves those out),
// so a change of catalogue never throws a learner's work away.
import type { DesignedField } from '../engine/information/customer-profile';
import { mergeMaps, newer } from './storage/dict';
import { persistentAtom } from './storage/persistent';
import { kebabId, z } from './storage/schema';
import type { VersionedSpec } from './storage/versioned';

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

const fieldSchema = z.strictObject({ id: z.string(), required: z.boolean(), note: z.string() });
const draftsSchema: z.ZodMiniType<ProfileDrafts> = z.strictObject({
  scenario: z.nullable(z.string()),
  drafts: z.record(kebabId, z.strictObject({ fields: z.array(fieldSchema), updatedAt: z.string() })),
});

/** Drafts of both: for each card the one edited last; the card open here stays open. */
export function mergeProfileDrafts(mine: ProfileDrafts, theirs: ProfileDrafts): ProfileDrafts {
  return { scenario: mine.scenario ?? theirs.scenario, drafts: mergeMaps(mine.drafts, theirs.drafts, newer) };
}

export const profileDraftsSpec: VersionedSpec<ProfileDrafts> = {
  key: 'crm-lab:profile-builder',
  label: '客户档案设计草稿',
  version: 1,
  empty: () => ({ scenario: null, drafts: {} }),
  migrations: {},
  schema: draftsSchema,
  merge: mergeProfileDrafts,
};

export const $profileDrafts = persistentAtom<ProfileDrafts>(profileDraftsSpec);
