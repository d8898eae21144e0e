/** Differential runs per engine: PRIV_SQL_RUNS, at least 200 (the CI floor). */
export const RUNS = Math.max(200, Number(process.env.PRIV_SQL_RUNS ?? 200));
