import { describe, expect, it } from 'vitest';
import { describeEngine } from './engine-suite.js';
import { postgresEngine } from './engines.js';

// A real PostgreSQL 15 server: `eval "$(bash scripts/postgres.sh start)"` sets PRIV_PG_URL. Without
// it this file fails (in CI and out of it): the server test is never silently skipped.
const url = process.env.PRIV_PG_URL;

describe('PostgreSQL 15 server', () => {
  it('has a server to test against (PRIV_PG_URL, from scripts/postgres.sh)', () => {
    expect(url, 'PRIV_PG_URL is not set: run eval "$(bash scripts/postgres.sh start)" first (CI: .ci/run must)').toMatch(/^postgres(ql)?:\/\//);
  });
});

describeEngine('PostgreSQL 15 server', () => (url ? postgresEngine(url) : Promise.reject(new Error('No PostgreSQL server: PRIV_PG_URL is not set'))));
