import { describeEngine } from './engine-suite.js';
import { duckdbEngine } from './engines.js';

describeEngine('DuckDB', duckdbEngine);
