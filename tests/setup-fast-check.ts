import fc from 'fast-check';

// Property tests run from a fixed seed so CI is repeatable; FC_SEED=random (or a number) explores others.
const seed = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20261125);
fc.configureGlobal({ seed });
