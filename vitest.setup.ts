import fc from 'fast-check';

// One seed for every property test, so a CI run is repeatable and a failure can be replayed.
// `FC_SEED=<n>` explores another seed; `FC_SEED=random` lets fast-check pick one (printed on failure).
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: Number(seed ?? 20_261_203) });
