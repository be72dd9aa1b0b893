// Chapter 7 (customer communication): complaint measures and the complaint role-play. Re-exports only.
export * from './complaints';
export * from './roleplay';
