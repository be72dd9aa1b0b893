// What only an import of a backup with differing answers needs: the merge plan and the dialog that asks about them.
// A chunk of its own, fetched when the learner opens the file chooser (use-backup-import.ts), not with the notebook.
export { planMerge, resolveConflicts } from '../../stores/notebook/import-plan';
export { ImportDialog } from './ImportDialog';
