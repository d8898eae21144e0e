import { describeEngine } from './engine-suite.js';
import { pgliteEngine } from './engines.js';

describeEngine('PGlite', pgliteEngine);
