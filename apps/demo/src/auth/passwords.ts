import { hash, verify } from '@node-rs/argon2';
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';

/**
 * Argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane): the hash carries its own
 * salt and parameters (`$argon2id$v=19$m=19456,t=2,p=1$…`), so they can be raised later without a migration.
 */
// `algorithm: 2` is `Algorithm.Argon2id` (a const enum, which `verbatimModuleSyntax` cannot import).
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Shortest and longest password accepted at sign-up (NIST SP 800-63B: at least 8, allow long ones). */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/**
 * How many argon2id computations run at once: one core is left to the event loop (which also runs
 * PGlite's queries), so a burst of sign-ups and sign-ins queues here instead of starving reads.
 * `HASH_CONCURRENCY` overrides it (at least 1).
 */
export const HASH_CONCURRENCY = Math.max(1, Number(process.env.HASH_CONCURRENCY) || availableParallelism() - 1);

const hashing = pLimit(HASH_CONCURRENCY);

/** Hashes a password with argon2id (off the event loop, on libuv's thread pool, at most {@link HASH_CONCURRENCY} at once). */
export function hashPassword(password: string): Promise<string> {
  return hashing(() => hash(password, ARGON2ID));
}

/** A hash of nothing anybody knows: verified against when the email is unknown, so both answers take as long. */
let decoy: Promise<string> | undefined;

/** True when `password` matches `stored`; a missing or malformed hash is `false`, never a throw. */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    decoy ??= hashPassword(crypto.randomUUID());
    const against = await decoy;
    await hashing(() => verify(against, password)).catch(() => false);
    return false;
  }
  return hashing(() => verify(stored, password)).catch(() => false);
}

/** A random password for generated accounts (the operator, the seeded demo accounts): 128 bits, base64url. */
export function randomPassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Buffer.from(bytes).toString('base64url');
}
