import type { BuiltInDataCategoryKey } from '../data-category-taxonomy.js';
import type { BuiltInPurposeKey } from '../purpose.js';
import type { LegalBasis } from '../legal-basis.js';

/**
 * How a priv term relates to the term it is mapped to: `equal` (same meaning), `narrower` (priv's
 * term is a part of the other), `broader` (the other is a part of priv's), `near` (overlapping, not
 * the same; read `note`).
 */
export type MatchKind = 'equal' | 'narrower' | 'broader' | 'near';

/** One priv term mapped to fideslang and to W3C DPV. */
export interface TermMapping {
  /** The fideslang key, or `undefined` when fideslang has nothing close. */
  readonly fides?: string;
  readonly fidesMatch?: MatchKind;
  /** The W3C DPV term's IRI (DPV 2.2: `https://w3id.org/dpv#`, `https://w3id.org/dpv/pd#`, `https://w3id.org/dpv/legal/eu/gdpr#`). */
  readonly dpv?: string;
  readonly dpvMatch?: MatchKind;
  /** Where the terms differ in meaning. */
  readonly note?: string;
}

const DPV = 'https://w3id.org/dpv#';
const PD = 'https://w3id.org/dpv/pd#';
const GDPR = 'https://w3id.org/dpv/legal/eu/gdpr#';
const m = (fides: string | undefined, fidesMatch: MatchKind | undefined, dpv?: string, dpvMatch?: MatchKind, note?: string): TermMapping => ({
  ...(fides ? { fides, fidesMatch } : {}),
  ...(dpv ? { dpv, dpvMatch } : {}),
  ...(note ? { note } : {}),
});

/** Every built-in data category, mapped to fideslang data categories and DPV personal-data terms. */
export const CATEGORY_MAPPING: Readonly<Record<BuiltInDataCategoryKey, TermMapping>> = {
  user: m('user', 'equal', `${DPV}PersonalData`, 'equal'),
  'user.account': m('user.account', 'equal', `${PD}AccountIdentifier`, 'broader'),
  'user.account.username': m('user.account.username', 'equal', `${PD}Username`, 'equal'),
  'user.account.role': m('user.account', 'narrower'),
  'user.account.password_hash': m('user.authorization.password', 'near', `${PD}Password`, 'near', 'priv holds only a one-way hash, never the password'),
  'user.account.oauth_profile': m('user.account', 'narrower', `${PD}Profile`, 'near'),
  'user.account.plan': m('user.account', 'narrower'),
  'user.account.settings': m('user.account.settings', 'equal', `${PD}Preference`, 'near'),
  'user.identity': m('user', 'narrower', `${PD}Identifying`, 'near'),
  'user.identity.name': m('user.name', 'equal', `${PD}Name`, 'equal'),
  'user.identity.date_of_birth': m('user.demographic.date_of_birth', 'equal', `${PD}BirthDate`, 'equal'),
  'user.contact': m('user.contact', 'equal', `${PD}Contact`, 'equal'),
  'user.contact.email': m('user.contact.email', 'equal', `${PD}EmailAddress`, 'equal'),
  'user.contact.phone': m('user.contact.phone_number', 'equal', `${PD}TelephoneNumber`, 'equal'),
  'user.profile': m('user.content.public', 'near', `${PD}Profile`, 'near', 'priv: what a person chooses to show others'),
  'user.profile.photo': m('user.content.self_image', 'equal', `${PD}Picture`, 'narrower'),
  'user.profile.bio': m('user.content.public', 'narrower'),
  'user.profile.skills': m('user.content.public', 'narrower', `${PD}Professional`, 'near'),
  'user.profile.links': m('user.contact.url', 'near'),
  'user.content': m('user.content', 'equal'),
  'user.content.code_submission': m('user.content.private', 'narrower'),
  'user.content.code_project': m('user.content.private', 'narrower'),
  'user.content.ai_prompt': m('user.content.private', 'narrower'),
  'user.content.message': m('user.content.private', 'narrower', `${PD}Communication`, 'narrower'),
  'user.content.review': m('user.content.public', 'narrower', `${PD}Opinion`, 'near'),
  'user.content.upload': m('user.content.private', 'narrower'),
  'user.communication': m('user.content.private', 'near', `${PD}Communication`, 'equal'),
  'user.communication.support': m('user.content.private', 'near', `${PD}Communication`, 'narrower'),
  'user.communication.dispute': m('user.content.private', 'near', `${PD}Communication`, 'narrower'),
  'user.communication.notification': m('user.content.private', 'near', `${PD}Communication`, 'narrower'),
  'user.communication.email_content': m('user.content.private', 'near', `${PD}EmailContent`, 'equal'),
  'user.behavior': m('user.behavior', 'equal', `${PD}Behavioural`, 'equal'),
  'user.behavior.learning_progress': m('user.behavior', 'narrower', `${PD}ServiceConsumptionBehaviour`, 'narrower'),
  'user.behavior.enrollment': m('user.behavior.purchase_history', 'near', `${PD}Purchase`, 'near'),
  'user.behavior.booking': m('user.behavior.purchase_history', 'near', `${PD}Purchase`, 'near'),
  'user.behavior.cart': m('user.behavior.purchase_history', 'near', `${PD}PurchasesAndSpendingHabit`, 'near'),
  'user.behavior.usage_metering': m('user.behavior', 'narrower', `${PD}ServiceConsumptionBehaviour`, 'narrower'),
  'user.behavior.execution_history': m('user.behavior', 'narrower', `${PD}ServiceConsumptionBehaviour`, 'narrower'),
  'user.behavior.product_analytics': m('user.behavior', 'narrower', `${PD}BrowsingBehaviour`, 'near'),
  'user.behavior.aggregated_statistics': m('user.behavior', 'near', undefined, undefined, 'aggregated: not about one person; fideslang and DPV terms are'),
  'user.financial': m(
    'user.financial',
    'near',
    `${PD}Financial`,
    'near',
    'priv: financial records (transactions, invoices, credit); fideslang user.financial: payment data and financial history (bank account, credit card)',
  ),
  'user.financial.transaction': m('user.behavior.purchase_history', 'near', `${PD}Transaction`, 'equal'),
  'user.financial.invoice': m('user.behavior.purchase_history', 'near', `${PD}Transaction`, 'near'),
  'user.financial.credit_balance': m('user.financial', 'near', `${PD}FinancialStatus`, 'near'),
  'user.payment': m('user.payment', 'equal', `${PD}PaymentCard`, 'broader'),
  'user.payment.card_number': m('user.financial.credit_card', 'equal', `${PD}PaymentCardNumber`, 'equal'),
  'user.payment.card_token': m('user.payment', 'narrower', `${PD}PaymentCard`, 'near', 'a token standing for the card, not the number'),
  'user.payment.customer_reference': m('user.payment', 'narrower', `${PD}AccountIdentifier`, 'near'),
  'user.payment.billing_details': m('user.payment', 'narrower', `${PD}PhysicalAddress`, 'near'),
  'user.technical': m('user.device', 'near', `${PD}DeviceBased`, 'near'),
  'user.technical.ip_address': m('user.device.ip_address', 'equal', `${PD}IPAddress`, 'equal'),
  'user.technical.user_agent': m('user.device', 'narrower', `${PD}UserAgent`, 'equal'),
  'user.technical.device': m('user.device', 'equal', `${PD}DeviceBased`, 'near'),
  'user.technical.browser_language': m('user.demographic.language', 'near', `${PD}Language`, 'near'),
  'user.technical.country': m('user.location.imprecise', 'narrower', `${PD}Country`, 'equal'),
  'user.technical.server_log': m('user.telemetry', 'near'),
  'user.technical.error_log': m('user.telemetry', 'near'),
  'user.technical.referrer': m('user.behavior.browsing_history', 'near', `${PD}BrowsingReferral`, 'equal'),
  'user.technical.session_token': m('user.device.cookie_id', 'near', `${PD}Identifier`, 'near'),
  'user.consent': m('user.privacy_preferences', 'near', `${PD}PrivacyPreference`, 'near'),
  'user.consent.parental': m('user.childrens', 'near', undefined, undefined, "a parent's consent record about a child"),
};

/** Every built-in purpose, mapped to fideslang data uses and DPV purposes. */
export const PURPOSE_MAPPING: Readonly<Record<BuiltInPurposeKey, TermMapping>> = {
  provide_service: m('essential.service', 'equal', `${DPV}ServiceProvision`, 'equal'),
  account_management: m('essential.service', 'narrower', `${DPV}AccountManagement`, 'equal'),
  authentication: m('essential.service.authentication', 'equal', `${DPV}IdentityAuthentication`, 'equal'),
  progress_tracking: m('essential.service', 'narrower'),
  code_execution: m('essential.service', 'narrower'),
  ai_tutoring: m('essential.service', 'narrower'),
  billing: m('essential.service.payment_processing', 'equal', `${DPV}PaymentManagement`, 'equal'),
  usage_metering: m('essential.service.operations', 'narrower'),
  security: m('essential.service.security', 'equal', `${DPV}EnforceSecurity`, 'equal'),
  fraud_prevention: m('essential.fraud_detection', 'equal', `${DPV}FraudPreventionAndDetection`, 'equal'),
  debugging: m('analytics.reporting.system.performance', 'near', `${DPV}ServiceOptimisation`, 'near'),
  product_analytics: m('analytics.reporting.content_performance', 'near', `${DPV}ServiceUsageAnalytics`, 'equal'),
  product_improvement: m('functional.service.improve', 'equal', `${DPV}ImproveExistingProductsAndServices`, 'equal'),
  personalization: m('personalize', 'equal', `${DPV}Personalisation`, 'equal'),
  localization: m('personalize.system', 'near', `${DPV}UserInterfacePersonalisation`, 'near'),
  transactional_communications: m('essential.service.notifications', 'equal', `${DPV}CommunicationForCustomerCare`, 'near'),
  marketing: m(
    'marketing.communications',
    'near',
    `${DPV}DirectMarketing`,
    'near',
    'priv: marketing and promotional messages; fideslang marketing also covers advertising and sales',
  ),
  support: m('essential.service.operations.support', 'equal', `${DPV}CustomerCare`, 'equal'),
  legal_compliance: m('essential.legal_obligation', 'equal', `${DPV}LegalCompliance`, 'equal'),
  live_sessions: m('essential.service', 'narrower'),
  marketplace: m('essential.service', 'narrower'),
};

/** Every built-in data subject, mapped to fideslang data subjects and DPV data subjects. */
export const SUBJECT_MAPPING: Readonly<Record<string, TermMapping>> = {
  user: m('customer', 'near', `${DPV}User`, 'equal', 'fideslang has no plain "user"; customer is the nearest'),
  mentee: m('trainee', 'near', `${DPV}User`, 'narrower'),
  mentor: m('consultant', 'near', `${DPV}User`, 'narrower'),
  student: m('trainee', 'near', `${DPV}Student`, 'equal'),
  minor: m(undefined, undefined, `${DPV}Child`, 'near', 'fideslang marks children as a data category (user.childrens), not a subject'),
  parent_guardian: m('next_of_kin', 'near', `${DPV}GuardianOfDataSubject`, 'equal'),
  guardian: m('next_of_kin', 'near', `${DPV}GuardianOfDataSubject`, 'equal'),
  teacher: m('employee', 'near'),
  visitor: m('visitor', 'near', `${DPV}Visitor`, 'near', 'priv: a visitor of the website; fideslang visitor: a visitor to a physical site'),
  customer: m('customer', 'equal', `${DPV}Customer`, 'equal'),
  donor: m(undefined, undefined),
  job_applicant: m('job_applicant', 'equal', `${DPV}JobApplicant`, 'equal'),
  employee: m('employee', 'equal', `${DPV}Employee`, 'equal'),
};

/** The lawful bases, mapped to fideslang's legal bases and DPV (core and the GDPR extension). */
export const LEGAL_BASIS_MAPPING: Readonly<Record<LegalBasis, TermMapping & { readonly gdpr: string }>> = {
  consent: { ...m('Consent', 'equal', `${DPV}Consent`, 'equal'), gdpr: `${GDPR}A6-1-a` },
  contract: { ...m('Contract', 'equal', `${DPV}Contract`, 'equal'), gdpr: `${GDPR}A6-1-b` },
  legal_obligation: { ...m('Legal obligations', 'equal', `${DPV}LegalObligation`, 'equal'), gdpr: `${GDPR}A6-1-c` },
  vital_interests: { ...m('Vital interests', 'equal', `${DPV}VitalInterest`, 'equal'), gdpr: `${GDPR}A6-1-d` },
  public_task: { ...m('Public interest', 'equal', `${DPV}PublicInterest`, 'equal'), gdpr: `${GDPR}A6-1-e` },
  legitimate_interests: { ...m('Legitimate interests', 'equal', `${DPV}LegitimateInterest`, 'equal'), gdpr: `${GDPR}A6-1-f` },
};

/** The built-in rights, mapped to the GDPR articles in DPV's GDPR extension (fideslang has no rights). */
export const RIGHT_MAPPING: Readonly<Record<string, TermMapping>> = {
  access: m(undefined, undefined, `${GDPR}A15`, 'equal'),
  rectification: m(undefined, undefined, `${GDPR}A16`, 'equal'),
  erasure: m(undefined, undefined, `${GDPR}A17`, 'equal'),
  restriction: m(undefined, undefined, `${GDPR}A18`, 'equal'),
  portability: m(undefined, undefined, `${GDPR}A20`, 'equal'),
  objection: m(undefined, undefined, `${GDPR}A21`, 'equal'),
  automated_decision_making: m(undefined, undefined, `${GDPR}A22`, 'equal'),
  withdraw_consent: m(undefined, undefined, `${GDPR}A7-3`, 'equal'),
  be_informed: m(undefined, undefined, `${GDPR}A13`, 'equal', 'A13 when collected from the person, A14 otherwise'),
  complain_to_authority: m(undefined, undefined, `${GDPR}A77`, 'equal'),
  opt_out_of_marketing: m(undefined, undefined, `${GDPR}A21`, 'narrower', 'GDPR Art. 21(2)-(3): objection to direct marketing'),
  opt_out_of_sale: m(undefined, undefined, undefined, undefined, 'a CCPA right; no DPV GDPR term'),
  non_discrimination: m(undefined, undefined, undefined, undefined, 'a CCPA right; no DPV GDPR term'),
};
