// Vitest setup file: every fast-check property in the suite runs from a fixed seed, so `npm test` is reproducible
// run to run and on CI (a property that sets its own seed keeps it). Set FC_SEED to explore other seeds, e.g.
// `FC_SEED=7 npx vitest run test/change`; a failure prints the seed and path to replay it.
import fc from 'fast-check';

const seed = process.env.FC_SEED === undefined ? 20261123 : Number(process.env.FC_SEED);
if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer (got ${process.env.FC_SEED})`);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
