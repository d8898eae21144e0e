import type { Context, MiddlewareHandler } from 'hono';
import { BadInput } from '../errors.js';

/** A parsed form: text fields (repeated ones as arrays) and uploaded files. */
export type FormFields = Record<string, string | File | (string | File)[]>;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: ArrayBuffer, where: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new BadInput(400, 'The request is not valid UTF-8 text.', [{ pathText: where, message: 'Invalid UTF-8' }]);
  }
}

function percentDecode(text: string, where: string): string {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    throw new BadInput(400, 'The request holds an invalid percent-encoding or invalid UTF-8.', [{ pathText: where, message: 'Invalid encoding' }]);
  }
}

function refuseNul(text: string, where: string): void {
  if (text.includes('\u0000'))
    throw new BadInput(400, 'The request holds a NUL character, which no field of this demo accepts.', [{ pathText: where, message: 'NUL character' }]);
}

/** The first path (`a.b[0]`) in a parsed JSON value holding a NUL character, or `undefined`. */
export function findNul(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path || '(root)' : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNul(value[i], `${path}[${i}]`);
      if (hit) return hit;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\u0000')) return path ? `${path}.${k}` : k;
      const hit = findNul(v, path ? `${path}.${k}` : k);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** Refuses a parsed JSON value with a NUL character anywhere (Postgres cannot store one in `jsonb`/`text`). */
export function refuseNulIn(value: unknown): void {
  const at = findNul(value);
  if (at) refuseNul('\u0000', at);
}

/**
 * Middleware: refuses, with a 400, a path, query or cookie holding a NUL character (raw or `%00`) or an
 * invalid percent-encoding / invalid UTF-8, before any route sees it.
 */
export function refuseBadRequestText(): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    refuseNul(percentDecode(url.pathname, 'path'), 'path');
    refuseNul(percentDecode(url.search, 'query'), 'query');
    const cookie = c.req.header('cookie');
    if (cookie) {
      refuseNul(cookie, 'cookie');
      for (const part of cookie.split(';')) refuseNul(percentDecode(part.trim(), 'cookie'), 'cookie');
    }
    await next();
  };
}

/**
 * Reads a form body (`application/x-www-form-urlencoded` or `multipart/form-data`) strictly: a
 * malformed body, invalid UTF-8 (the demo's one upload, privacy.json, is text too) or a NUL character
 * in any field or file is a 400 naming the field, never a 500.
 */
export async function readForm(c: Context): Promise<FormFields> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  const bytes = await c.req.arrayBuffer();
  const text = decodeUtf8(bytes, 'body');
  const out: FormFields = {};
  const add = (key: string, value: string | File) => {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  };
  if (type.startsWith('application/x-www-form-urlencoded')) {
    for (const pair of text.split('&')) {
      if (!pair) continue;
      const eq = pair.indexOf('=');
      const key = percentDecode(eq < 0 ? pair : pair.slice(0, eq), 'body');
      const value = percentDecode(eq < 0 ? '' : pair.slice(eq + 1), key);
      refuseNul(key, 'body');
      refuseNul(value, key);
      add(key, value);
    }
    return out;
  }
  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await new Response(bytes, { headers: { 'content-type': c.req.header('content-type') ?? '' } }).formData();
    } catch {
      throw new BadInput(400, 'The form could not be read: the multipart body is malformed.', [{ pathText: 'body', message: 'Malformed multipart body' }]);
    }
    const entries: [string, string | File][] = [];
    form.forEach((value, key) => entries.push([key, value]));
    for (const [key, value] of entries) {
      refuseNul(key, 'body');
      if (typeof value === 'string') refuseNul(value, key);
      else refuseNul(decodeUtf8(await value.arrayBuffer(), key), key);
      add(key, value);
    }
    return out;
  }
  if (bytes.byteLength === 0) return out;
  throw new BadInput(400, 'Send the form as application/x-www-form-urlencoded or multipart/form-data.', [
    { pathText: 'content-type', message: `Unsupported: ${type.slice(0, 60) || 'none'}` },
  ]);
}

/** A form field as one trimmed-or-not string ('' when missing; the first of repeated values). */
export function field(form: FormFields, key: string): string {
  const v = form[key];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first : '';
}

/** Every string value of a (possibly repeated) field. */
export function fields(form: FormFields, key: string): string[] {
  const v = form[key];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
}

/** Reads the body as strict UTF-8 text (400 for invalid UTF-8 or a raw NUL). */
export async function readText(c: Context): Promise<string> {
  const text = decodeUtf8(await c.req.arrayBuffer(), 'body');
  refuseNul(text, 'body');
  return text;
}

/** Reads a JSON body: strict UTF-8, valid JSON, no NUL in any string; else a 400 with `hint`. */
export async function readJson(c: Context, hint: string): Promise<unknown> {
  const text = await readText(c);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BadInput(400, hint, [{ pathText: '(root)', message: 'Invalid JSON' }]);
  }
  refuseNulIn(value);
  return value;
}
