import type { PrivacyManifestInput } from '../src/index.js';

/** A small valid manifest; tests copy it and break one thing at a time. */
export function validInput(): PrivacyManifestInput {
  return {
    version: '1.0.0',
    effectiveDate: '2026-05-12',
    timeZone: 'Europe/Berlin',
    controller: { name: 'Example School' },
    contact: { email: 'privacy@example.com' },
    purposes: [
      { key: 'provide_service', description: 'Run the school.' },
      { key: 'billing', description: 'Take payments.' },
    ],
    collections: [
      { category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] },
      { category: 'user.financial.transaction', purposes: ['billing'], legalBases: ['legal_obligation'], source: 'derived', retention: ['tax'] },
    ],
    recipients: [{ key: 'stripe', name: 'Stripe', role: 'sub_processor', services: ['payments'], categories: ['user.financial.transaction'] }],
    retention: [
      { key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' },
      { key: 'tax', description: '7 years for tax.', anchor: 'transaction_date', period: { years: 7 }, bound: 'minimum', action: 'delete' },
    ],
    age: { minimumAge: 13, parentalConsentBelow: 18 },
    notice: { material: { advanceNotice: { days: 30 }, channels: ['email'] }, minor: { channels: ['page_update'] } },
  };
}
