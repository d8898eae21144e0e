// @ts-check
/**
 * PGlite in a worker thread. PGlite is Postgres compiled to WebAssembly and runs each query on the
 * thread that owns it; here that is this worker, so the server's event loop keeps answering HTTP
 * while a query (a purge's plan over thousands of records) runs. Started by `openDb` in `db.ts`
 * (plain JavaScript, so it loads the same from source and from the build); it speaks `DbRequest` /
 * `DbReply` (declared in `db.ts`) over the worker's message port. Queries run one at a time, in the
 * order they arrive (PGlite has one connection and queues them).
 */
import { PGlite } from '@electric-sql/pglite';
import { parentPort, workerData } from 'node:worker_threads';

const port = parentPort;
if (!port) throw new Error('db-worker.js runs as a worker thread (started by openDb)');
const dataDir = /** @type {{ dataDir: string }} */ (workerData).dataDir;
const db = await PGlite.create(dataDir === 'memory://' ? undefined : dataDir);

/**
 * Runs one request. An error goes back as its name, message and Postgres code only: never the SQL or
 * its parameters (they may hold personal data).
 * @param {{ id: number, op: 'query' | 'execute' | 'exec' | 'close', sql?: string, params?: unknown[] }} request
 */
async function answer(request) {
  try {
    switch (request.op) {
      case 'query':
        return { id: request.id, ok: true, rows: (await db.query(String(request.sql), request.params ?? [])).rows };
      case 'execute':
        return { id: request.id, ok: true, changed: (await db.query(String(request.sql), request.params ?? [])).affectedRows ?? 0 };
      case 'exec':
        await db.exec(String(request.sql));
        return { id: request.id, ok: true };
      case 'close':
        await db.close();
        return { id: request.id, ok: true };
      default:
        return { id: request.id, ok: false, error: { name: 'Error', message: `Unknown database request ${String(request.op)}` } };
    }
  } catch (error) {
    const e = /** @type {Error & { code?: unknown }} */ (error);
    return {
      id: request.id,
      ok: false,
      error: { name: e?.name ?? 'Error', message: String(e?.message ?? error), ...(typeof e?.code === 'string' ? { code: e.code } : {}) },
    };
  }
}

port.on('message', (request) => {
  void answer(request).then((reply) => {
    port.postMessage(reply);
    if (request.op === 'close') port.close();
  });
});
port.postMessage({ id: 0, ok: true });
