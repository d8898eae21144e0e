import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Printed once by the server on first start. */
    operatorPassword: string;
    demoPassword: string;
  }
}

const here = dirname(fileURLToPath(import.meta.url));

/** Starts the built demo server on a free port with an in-memory database; stops it after the run. */
export default async function setup(project: TestProject) {
  const child: ChildProcess = spawn(process.execPath, [resolve(here, '..', 'dist', 'main.js')], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      PGLITE_DIR: 'memory://',
      DATABASE_URL: '',
      PRIV_DEMO_EXIT_ON_STDIN_END: '1',
      PURGE_EVERY_MINUTES: '0',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let log = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`demo server did not start within 60 s:\n${log}`)), 60_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /open (http:\/\/[^\s]+)/.exec(log);
      if (match?.[1] && /operator \S+ password/.test(log)) {
        clearTimeout(timer);
        resolveUrl(match[1].replace(/\/$/, ''));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`demo server exited with ${code}:\n${log}`));
    });
  });
  project.provide('baseUrl', url);
  project.provide('operatorPassword', /operator \S+ password (\S+)/.exec(log)?.[1] ?? '');
  project.provide('demoPassword', /demo accounts .* password (\S+)/.exec(log)?.[1] ?? '');
  return async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    const exited = new Promise((r) => child.once('exit', r));
    const timeout = new Promise((r) => setTimeout(r, 5000));
    await Promise.race([exited, timeout]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
}
