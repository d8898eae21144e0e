import { hashPassword, randomPassword } from '../auth/passwords.js';
import type { Db } from '../db.js';
import { createAccount } from './accounts.js';
import { consentOffer } from './consent.js';
import { SEED_POLICIES } from './policies.js';

const DAY = 86_400_000;

function yearsBefore(now: Date, years: number, days = 0): string {
  const d = new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate()) - days * DAY);
  return d.toISOString().slice(0, 10);
}

/**
 * Demo accounts under each seed policy: an active adult (Ada), an adult who deleted the account 40
 * days ago (Ben), and where the policy has a parental-consent band, a 15-year-old with a parent's
 * consent (Mia). Dates are relative to `now`, so the timelines always look current.
 */
export async function seedAccounts(db: Db, now: Date): Promise<number> {
  const passwordHash = await demoPasswordHash(db);
  let n = 0;
  for (const policy of SEED_POLICIES) {
    const m = policy.manifest;
    const created = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
    await createAccount(db, m, {
      id: `${policy.id}-ada`,
      policyId: policy.id,
      name: 'Ada Lovelace',
      email: `ada.${policy.id}@example.com`,
      birthDate: yearsBefore(now, 31, 20),
      country: 'GB',
      timeZone: 'Europe/London',
      createdAt: created(730),
      resolvedAt: created(700),
      logsAt: created(3),
      seeded: true,
      passwordHash,
    });
    await createAccount(db, m, {
      id: `${policy.id}-ben`,
      policyId: policy.id,
      name: 'Ben Okafor',
      email: `ben.${policy.id}@example.com`,
      birthDate: yearsBefore(now, 27, 100),
      country: 'DE',
      timeZone: 'Europe/Berlin',
      createdAt: created(1100),
      resolvedAt: created(1000),
      logsAt: created(41),
      deletionRequestedAt: created(40),
      deletedAt: created(40),
      seeded: true,
      passwordHash,
    });
    n += 2;
    const age = m.age;
    if (
      age &&
      age.minimumAge !== undefined &&
      (age.parentalConsentBelow ?? 0) > age.minimumAge &&
      age.minimumAge <= 15 &&
      (age.parentalConsentBelow ?? 0) > 15
    ) {
      const createdAt = created(200);
      const birthDate = yearsBefore(now, 15, 30);
      // Lin agreed to what the account needs and nothing optional; what the policy withholds from children is never asked.
      const offer = consentOffer(m, { birthDate, jurisdiction: 'US-CA', timeZone: 'America/Los_Angeles', on: createdAt });
      await createAccount(db, m, {
        id: `${policy.id}-mia`,
        policyId: policy.id,
        name: 'Mia Chen',
        email: `mia.${policy.id}@example.com`,
        birthDate,
        country: 'US-CA',
        timeZone: 'America/Los_Angeles',
        createdAt,
        logsAt: created(2),
        consent: {
          consentedBy: { role: age.consentFrom?.[0] ?? 'parent', name: 'Lin Chen' },
          consentedAt: createdAt.toISOString(),
          method: 'signed_form',
          purposes: [...offer.required],
          educationalAccount: false,
        },
        seeded: true,
        passwordHash,
      });
      n += 1;
    }
  }
  return n;
}

/** The demo accounts' shared password hash (`settings.demo_password_hash`); set by {@link setDemoPassword}. */
async function demoPasswordHash(db: Pick<Db, 'query'>): Promise<string> {
  const [row] = await db.query<{ value: string }>("select value from settings where key = 'demo_password_hash'");
  if (row) return row.value;
  // No demo password chosen: one nobody knows (the accounts exist, nobody can sign in as them).
  return hashPassword(randomPassword());
}

/** Sets the password the seeded demo accounts share (kept only as an argon2id hash). */
export async function setDemoPassword(db: Pick<Db, 'query'>, password: string): Promise<void> {
  await db.query("insert into settings (key, value) values ('demo_password_hash', $1) on conflict (key) do update set value = excluded.value", [
    await hashPassword(password),
  ]);
}

/**
 * Seeds on first start (no accounts yet) with a fresh random demo password; returns how many accounts
 * were created and that password, to print once (`undefined` when nothing was seeded).
 */
export async function seedIfEmpty(db: Db, now: Date): Promise<{ accounts: number; password?: string }> {
  const [row] = await db.query<{ n: number }>('select count(*)::int as n from accounts');
  if ((row?.n ?? 0) > 0) return { accounts: 0 };
  const password = randomPassword();
  await setDemoPassword(db, password);
  return { accounts: await seedAccounts(db, now), password };
}

/** Removes every account, record, purge run and upload, and seeds again. */
export async function resetDemo(db: Db, now: Date): Promise<number> {
  await db.exec("delete from records; delete from accounts; delete from purge_runs; delete from custom_policies; delete from sessions where kind = 'learner';");
  return seedAccounts(db, now);
}
