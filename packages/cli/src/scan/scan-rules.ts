/** The checks `priv scan` runs, with their default severity. */
export const SCAN_RULES = {
  'undeclared-vendor': {
    level: 'error',
    title: 'SDK of a vendor no recipient declares',
    help: 'The code ships an SDK, script or config of a vendor that no recipient in the manifest names, so the published policy does not say this vendor receives data. Declare the vendor as a recipient, or remove the SDK.',
  },
  'service-not-declared': {
    level: 'warning',
    title: 'Vendor declared, but not for what the SDK does',
    help: 'A recipient names the vendor (often by its company: Vercel, Google), but none of its declared services covers what this SDK does (Vercel declared for hosting, @vercel/analytics collects analytics). The policy then does not say this data goes there. Add the service (and its categories) to the recipient, or declare the product as its own recipient.',
  },
  'recipient-without-trace': {
    level: 'warning',
    title: 'Declared recipient with no trace in code',
    help: 'A processor the manifest declares has no SDK, script or config in the code. It may be reached server to server (then ignore this), or the policy names a vendor the product no longer uses.',
  },
  'tracking-under-necessary-only': {
    level: 'error',
    title: 'Analytics or advertising SDK while the manifest declares only strictly necessary cookies',
    help: 'The manifest declares only strictly necessary cookies (or promises no third-party advertising trackers), but the code ships an analytics, session replay or advertising SDK that sets other cookies or storage. Declare the cookies (and get consent), or remove the SDK.',
  },
  'ai-without-redaction': {
    level: 'error',
    title: 'AI SDK in a project that promises redaction but never calls @priv/redact',
    help: 'The manifest promises that personal data is redacted before text reaches this AI recipient, but the project never imports @priv/redact. Redact the text before the call (redactText from @priv/redact).',
  },
} as const;

/** A scan check's id. */
export type ScanRuleId = keyof typeof SCAN_RULES;
/** How serious a finding is. */
export type ScanLevel = 'error' | 'warning' | 'note';
