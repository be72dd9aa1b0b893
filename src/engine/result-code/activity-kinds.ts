// The first segment of each activity whose codes the board reads specially (kept apart from the answer modules so
// the board can name activities without loading the role-play engine or a dataset generator).

/** The sorter: `customer-sorter/intro`, `/advanced`, `/random` (a 随机 deck's seed is the variant). */
export const SORTER_ACTIVITY = 'customer-sorter';
/** The role-play: `complaint-roleplay/<scenario id>`. */
export const ROLEPLAY_ACTIVITY = 'complaint-roleplay';
/** The loyalty matrix: `loyalty-matrix`. */
export const MATRIX_ACTIVITY = 'loyalty-matrix';
/** The student dataset: `student-dataset/<dataset id>`. */
export const DATASET_ACTIVITY = 'student-dataset';
