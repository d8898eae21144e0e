import { describeEngine } from './engine-suite.js';
import { sqliteEngine } from './engines.js';

// SQLite has no time zones: zoned rules go through priv_rule_end (@priv/retention itself).
describeEngine('SQLite', sqliteEngine);
