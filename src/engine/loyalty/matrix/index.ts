// The satisfaction × loyalty matrix (chapter 9): quadrants, indicators, sample members, practice and class mode.
export * from './quadrants';
export * from './matrix-position';
export * from './members';
export * from './play';
