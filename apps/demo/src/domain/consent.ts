import { agePolicyOf, isPurposeAllowed } from '@priv/age';
import type { PrivacyManifest } from '@priv/schema';

/**
 * Purposes the account can run without, so a parent may decline them: sending marketing, product
 * analytics, personalisation. Every other purpose of a collected category is needed to run the account.
 */
export const DECLINABLE_PURPOSES: ReadonlySet<string> = new Set(['marketing', 'product_analytics', 'personalization']);

/** Who the consent is for: the child's birth date, country and zone, and the day of the consent. */
export interface ConsentSubject {
  readonly birthDate: string;
  readonly jurisdiction: string;
  readonly timeZone: string;
  readonly on: Date;
}

/** What a parent's consent form offers: purposes needed (the account cannot run without them) and purposes they may decline. */
export interface ConsentOffer {
  readonly required: readonly string[];
  readonly optional: readonly string[];
  /** Purposes the policy (or the law) keeps off for this child: never offered, never recorded. */
  readonly withheld: readonly string[];
  /** Who keeps each withheld purpose off: the policy (`platform`, a restriction the manifest declares) or the law (`jurisdiction`). */
  readonly withheldBy: Readonly<Record<string, 'platform' | 'jurisdiction' | null>>;
}

/** Purposes the new account is used for: those of the collections that are not optional features. */
export function accountPurposes(m: PrivacyManifest): string[] {
  return [...new Set(m.collections.filter((c) => !c.optional).flatMap((c) => c.purposes))];
}

/**
 * The purposes a parent is asked about for this child, decided by `@priv/age` (`isPurposeAllowed`):
 * a purpose the policy restricts for minors (004: marketing) is withheld, never offered; a purpose the
 * law allows only with an opt-in (California's sale or sharing under 16) may be offered, unticked.
 */
export function consentOffer(m: PrivacyManifest, child: ConsentSubject): ConsentOffer {
  const policy = agePolicyOf(m);
  const required: string[] = [];
  const optional: string[] = [];
  const withheld: string[] = [];
  const withheldBy: Record<string, 'platform' | 'jurisdiction' | null> = {};
  for (const purpose of accountPurposes(m)) {
    const decision = isPurposeAllowed(policy, { purpose, ...child, optedIn: true });
    if (!decision.allowed) {
      withheld.push(purpose);
      withheldBy[purpose] = decision.decidedBy;
    } else if (DECLINABLE_PURPOSES.has(purpose) || isPurposeAllowed(policy, { purpose, ...child }).allowed === false) optional.push(purpose);
    else required.push(purpose);
  }
  return { required, optional, withheld, withheldBy };
}

/** The purposes to record: exactly those ticked that were offered, in the offer's order. */
export function agreedPurposes(offer: ConsentOffer, ticked: readonly string[]): string[] {
  const chosen = new Set(ticked);
  return [...offer.required, ...offer.optional].filter((p) => chosen.has(p));
}
