#!/usr/bin/env node
import { runCli } from './run-cli.js';

// `priv render | head` closes the pipe early: stop quietly instead of crashing with EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  errIsTty: process.stderr.isTTY === true,
});
process.exitCode = code;
