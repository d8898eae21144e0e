import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** How many sign-in attempts are allowed: per client address, and per email (failures only count until a success). */
export interface SignInLimits {
  readonly perAddress: { readonly points: number; readonly seconds: number };
  readonly perEmail: { readonly points: number; readonly seconds: number };
}

/** 30 attempts from one address per 10 minutes; 5 wrong passwords for one email per 15 minutes. */
export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perAddress: { points: 30, seconds: 600 }, perEmail: { points: 5, seconds: 900 } };

/** The sign-in rate limiter: in memory (one server), from `rate-limiter-flexible`. */
export interface SignInLimiter {
  /** Counts an attempt; resolves to the seconds to wait when over the limit, else `undefined`. */
  attempt(address: string, email: string): Promise<number | undefined>;
  /** A successful sign-in clears the email's count. */
  succeeded(email: string): Promise<void>;
}

/** Creates a limiter with these limits. */
export function createSignInLimiter(limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS): SignInLimiter {
  const byAddress = new RateLimiterMemory({ keyPrefix: 'addr', points: limits.perAddress.points, duration: limits.perAddress.seconds });
  const byEmail = new RateLimiterMemory({ keyPrefix: 'email', points: limits.perEmail.points, duration: limits.perEmail.seconds });
  const wait = (error: unknown) => {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  };
  return {
    async attempt(address, email) {
      try {
        await byAddress.consume(address);
        await byEmail.consume(email.toLowerCase());
        return undefined;
      } catch (error) {
        return wait(error);
      }
    },
    async succeeded(email) {
      await byEmail.delete(email.toLowerCase());
    },
  };
}
