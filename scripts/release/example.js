// The example a fresh consumer runs from the registry release test (scripts/release-test.mjs): as
// ESM, as CJS, bundled for a browser, and in an edge runtime. Plain JavaScript, no Node built-ins.
// It is handed the packages' modules so that each of those four ways can load them its own way.
export function runExample({ schema, retention, age, redact }) {
  const manifest = schema.parseManifest({
    version: '1.0.0',
    effectiveDate: '2026-05-12',
    timeZone: 'Europe/Berlin',
    controller: { name: 'Example School' },
    contact: { email: 'privacy@example.com' },
    purposes: [{ key: 'provide_service', description: 'Run the school.' }],
    collections: [
      { category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] },
    ],
    retention: [
      {
        key: 'after_deletion',
        description: 'Deleted 30 days after the account.',
        anchor: 'account_deleted',
        period: { days: 30 },
        bound: 'maximum',
        action: 'delete',
      },
    ],
    age: { minimumAge: 13, parentalConsentBelow: 18 },
  });
  let rejected = false;
  try {
    schema.parseManifest({ version: 1 });
  } catch (error) {
    rejected = error instanceof schema.ManifestValidationError && error.issues.length > 0;
  }
  const end = retention.retentionEnd(manifest.retention[0], { account_deleted: new Date('2026-01-10T15:00:00Z') }, { timeZone: manifest.timeZone });
  const gate = age.evaluateAgeGate(
    { minimumAge: 13, parentalConsentBelow: 18, consentFrom: ['parent'] },
    { birthDate: '2011-06-01', jurisdiction: 'GB', on: new Date('2026-11-22T12:00:00Z'), timeZone: 'Europe/London' },
  );
  const redacted = redact.redact('mail me at ada@example.com or call (415) 555-2671', { defaultCountry: 'US' });
  const result = {
    timeZone: manifest.timeZone,
    rejected,
    end: end.status === 'ends' ? end.end.toISOString() : end.status,
    gate: gate.status,
    text: redacted.text,
  };
  const expected = {
    timeZone: 'Europe/Berlin',
    rejected: true,
    end: '2026-02-09T23:00:00.000Z',
    gate: 'needs_parental_consent',
    text: 'mail me at [EMAIL_1] or call [PHONE_1]',
  };
  for (const key of Object.keys(expected)) {
    if (result[key] !== expected[key]) throw new Error(`example: ${key} is ${JSON.stringify(result[key])}, expected ${JSON.stringify(expected[key])}`);
  }
  return result;
}
