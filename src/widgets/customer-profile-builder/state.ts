// The record-sheet designer's state: which scenario card is open, the learner's draft for it (kept in
// localStorage), whether the learner has asked for the check (feedback stays hidden until then), and the
// engine's check of the current design.
import { atom, computed, type ReadableAtom } from 'nanostores';
import { checkProfileDesign, profileField, profileScenario, PROFILE_SCENARIOS, type DesignedField, type ProfileCheck, type ProfileScenario } from '../../engine/information/customer-profile';
import { $profileDrafts, type ProfileDrafts } from '../../stores/profile-drafts';
import { editStamp } from '../../stores/storage/dict';

/** A design shared in a link: `profile.s=supermarket-member&profile.f=customer-id!,mobile!,birthday` (! = required). */
export interface SharedDesign {
  readonly scenario: string | null;
  readonly fields: readonly DesignedField[] | null;
}

export function fromShared(shared: Readonly<Record<string, string>>): SharedDesign {
  const scenario = shared.s && profileScenario(shared.s) ? shared.s : null;
  if (!scenario || shared.f === undefined) return { scenario, fields: null };
  const seen = new Set<string>();
  const fields: DesignedField[] = [];
  for (const part of shared.f.split(',').slice(0, 80)) {
    const required = part.endsWith('!');
    const id = required ? part.slice(0, -1) : part;
    if (!profileField(id) || seen.has(id)) continue;
    seen.add(id);
    fields.push({ id, required, note: '' });
  }
  return { scenario, fields };
}

export function toShared(scenario: string, fields: readonly DesignedField[]): Record<string, string> {
  return { s: scenario, f: fields.map((f) => `${f.id}${f.required ? '!' : ''}`).join(',') };
}

/** The draft's fields the catalogue knows and that apply to the card's kind of customer (others are kept in storage, not shown). */
export function usableFields(scenario: ProfileScenario, fields: readonly DesignedField[]): DesignedField[] {
  const seen = new Set<string>();
  return fields.filter((f) => {
    const field = profileField(f.id);
    if (!field || !field.kinds.includes(scenario.kind) || seen.has(f.id)) return false;
    seen.add(f.id);
    return true;
  });
}

export interface ProfileState {
  readonly $scenario: ReadableAtom<ProfileScenario>;
  readonly $fields: ReadableAtom<DesignedField[]>;
  /** True after “检查我的设计” until the next edit. */
  readonly $checked: ReadableAtom<boolean>;
  readonly $check: ReadableAtom<ProfileCheck>;
  /** A design from a share link waiting for the learner's consent to replace a non-empty draft. */
  readonly $pendingShared: ReadableAtom<readonly DesignedField[] | null>;
  /** The fields of the sheet last cleared, until the learner undoes it or moves to another card. */
  readonly $cleared: ReadableAtom<readonly DesignedField[] | null>;
  chooseScenario(id: string): void;
  toggleField(id: string, on: boolean): void;
  setRequired(id: string, required: boolean): void;
  setNote(id: string, note: string): void;
  clear(): void;
  undoClear(): void;
  check(): void;
  acceptShared(): void;
  dismissShared(): void;
  start(shared: SharedDesign): void;
}

export function createProfileState(): ProfileState {
  const $scenarioId = atom<string>(PROFILE_SCENARIOS[0]!.id);
  const $scenario = computed($scenarioId, (id) => profileScenario(id) ?? PROFILE_SCENARIOS[0]!);
  const $fields = computed([$profileDrafts, $scenario], (drafts, scenario) => usableFields(scenario, drafts.drafts[scenario.id]?.fields ?? []));
  const $checked = atom(false);
  const $check = computed([$scenario, $fields], (scenario, fields) => checkProfileDesign(scenario, { fields }));
  const $pendingShared = atom<readonly DesignedField[] | null>(null);
  const $cleared = atom<readonly DesignedField[] | null>(null);

  const save = (fields: readonly DesignedField[]) => {
    const all = $profileDrafts.get();
    const id = $scenarioId.get();
    $profileDrafts.set({ scenario: id, drafts: { ...all.drafts, [id]: { fields, updatedAt: editStamp(all.drafts[id]?.updatedAt, new Date()) } } } satisfies ProfileDrafts);
    $checked.set(false);
  };
  const edit = (id: string, change: (f: DesignedField) => DesignedField) => save($fields.get().map((f) => (f.id === id ? change(f) : f)));

  return {
    $scenario, $fields, $checked, $check, $pendingShared, $cleared,
    chooseScenario(id) {
      if (!profileScenario(id)) return;
      $scenarioId.set(id);
      $checked.set(false);
      $pendingShared.set(null);
      $cleared.set(null);
      const all = $profileDrafts.get();
      if (all.scenario !== id) $profileDrafts.set({ ...all, scenario: id });
    },
    toggleField(id, on) {
      const fields = $fields.get();
      if (on && !fields.some((f) => f.id === id)) save([...fields, { id, required: false, note: '' }]);
      if (!on) save(fields.filter((f) => f.id !== id));
    },
    setRequired(id, required) {
      edit(id, (f) => ({ ...f, required }));
    },
    setNote(id, note) {
      edit(id, (f) => ({ ...f, note: note.slice(0, 200) }));
    },
    clear() {
      $cleared.set($fields.get());
      save([]);
    },
    undoClear() {
      const cleared = $cleared.get();
      if (cleared) save(cleared);
      $cleared.set(null);
    },
    check() {
      $checked.set(true);
    },
    acceptShared() {
      const shared = $pendingShared.get();
      if (shared) save(shared);
      $pendingShared.set(null);
    },
    dismissShared() {
      $pendingShared.set(null);
    },
    start(shared) {
      const stored = $profileDrafts.get();
      const id = shared.scenario ?? (stored.scenario && profileScenario(stored.scenario) ? stored.scenario : PROFILE_SCENARIOS[0]!.id);
      $scenarioId.set(id);
      if (shared.fields) {
        if ($fields.get().length === 0) save(shared.fields);
        else $pendingShared.set(shared.fields);
      }
    },
  };
}
