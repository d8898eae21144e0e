/**
 * The built-in data category taxonomy: dotted keys, from broad (`user.contact`) to narrow
 * (`user.contact.email`). It covers what the five seed policies collect; teams add their own
 * categories in the manifest's `categories` (see `CustomDataCategorySchema`).
 */
export const BUILT_IN_DATA_CATEGORIES = [
  { key: 'user', label: 'User data', description: 'Any data about a person who uses the service.' },

  { key: 'user.account', label: 'Account data', description: 'What identifies and configures an account.' },
  { key: 'user.account.username', label: 'Username', description: 'The name a person chooses to sign in or be shown under.' },
  { key: 'user.account.role', label: 'Account role', description: 'The role an account has, such as mentee or mentor.' },
  { key: 'user.account.password_hash', label: 'Password hash', description: 'A one-way hash of the password; never the password itself.' },
  {
    key: 'user.account.oauth_profile',
    label: 'Sign-in provider profile',
    description: 'Basic profile data received from a sign-in provider such as Google or GitHub.',
  },
  { key: 'user.account.plan', label: 'Plan and entitlements', description: 'Subscription plan, entitlement state and limits.' },
  { key: 'user.account.settings', label: 'Settings and preferences', description: 'Choices a person makes: language, editor theme, notification preferences.' },

  { key: 'user.identity', label: 'Identity', description: 'Who a person is.' },
  { key: 'user.identity.name', label: 'Name', description: "A person's name." },
  { key: 'user.identity.date_of_birth', label: 'Date of birth', description: 'Birth date or declared age, used for age checks.' },

  { key: 'user.contact', label: 'Contact details', description: 'How to reach a person.' },
  { key: 'user.contact.email', label: 'Email address', description: 'An email address.' },
  { key: 'user.contact.phone', label: 'Phone number', description: 'A telephone number.' },

  { key: 'user.profile', label: 'Public profile', description: 'What a person chooses to show others.' },
  { key: 'user.profile.photo', label: 'Profile photo', description: 'An avatar or profile picture.' },
  { key: 'user.profile.bio', label: 'Bio', description: 'A short self-description.' },
  { key: 'user.profile.skills', label: 'Skills', description: 'Skills a person lists.' },
  { key: 'user.profile.links', label: 'Links', description: "Links to a person's other pages." },

  { key: 'user.content', label: 'User content', description: 'What a person writes, submits or uploads.' },
  { key: 'user.content.code_submission', label: 'Code submissions', description: 'Source code submitted to run or be graded, with its language and results.' },
  { key: 'user.content.code_project', label: 'Code projects', description: 'Code projects a person creates and saves.' },
  { key: 'user.content.ai_prompt', label: 'AI tutor prompts', description: 'Questions, code and lesson context sent to an AI tutor.' },
  { key: 'user.content.message', label: 'Messages', description: 'Messages sent to other users or with a booking.' },
  { key: 'user.content.review', label: 'Reviews and comments', description: 'Reviews, ratings and comments a person posts.' },
  { key: 'user.content.upload', label: 'Uploaded files', description: 'Files a person uploads, such as images.' },

  { key: 'user.communication', label: 'Communications', description: 'Exchanges between a person and the platform.' },
  { key: 'user.communication.support', label: 'Support communications', description: 'Support tickets and emails to support.' },
  { key: 'user.communication.dispute', label: 'Dispute records', description: 'Records of disputes between users or with the platform.' },
  { key: 'user.communication.notification', label: 'Notifications', description: 'Notifications the platform sends to a person.' },
  { key: 'user.communication.email_content', label: 'Email contents', description: 'The contents of emails the platform sends.' },

  { key: 'user.behavior', label: 'Activity and usage', description: 'What a person does on the platform.' },
  { key: 'user.behavior.learning_progress', label: 'Learning progress', description: 'Completed lessons, attempts, XP and where a person left off.' },
  { key: 'user.behavior.enrollment', label: 'Enrolments', description: 'Courses a person has enrolled in and lessons watched.' },
  { key: 'user.behavior.booking', label: 'Bookings', description: 'Sessions booked or delivered.' },
  { key: 'user.behavior.cart', label: 'Cart and wishlist', description: 'Cart and wishlist contents.' },
  { key: 'user.behavior.usage_metering', label: 'Usage metering', description: 'Session counts, model token usage and cost, credits consumed.' },
  { key: 'user.behavior.execution_history', label: 'Execution history', description: 'When and what code was run, with timing and memory metrics.' },
  { key: 'user.behavior.product_analytics', label: 'Product analytics', description: 'Pages visited, time spent, features used.' },
  { key: 'user.behavior.aggregated_statistics', label: 'Aggregated statistics', description: 'Anonymised, aggregated usage statistics that identify nobody.' },

  { key: 'user.financial', label: 'Financial records', description: 'Records of money changing hands.' },
  { key: 'user.financial.transaction', label: 'Transactions', description: 'Transaction records: amount, item, date.' },
  { key: 'user.financial.invoice', label: 'Invoices', description: 'Invoices and receipts.' },
  { key: 'user.financial.credit_balance', label: 'Credit balance', description: 'Prepaid credits and their balance.' },

  { key: 'user.payment', label: 'Payment instruments', description: 'How a person pays.' },
  { key: 'user.payment.card_number', label: 'Card number', description: 'A full payment card number (PAN), CVV or expiry.' },
  { key: 'user.payment.card_token', label: 'Card token', description: 'A token standing for a card, from which the card number cannot be rebuilt.' },
  { key: 'user.payment.customer_reference', label: 'Payment customer reference', description: "A payment provider's customer or subscription id." },
  { key: 'user.payment.billing_details', label: 'Billing details', description: 'Billing name and address.' },

  { key: 'user.technical', label: 'Technical data', description: 'Data about devices and connections.' },
  { key: 'user.technical.ip_address', label: 'IP address', description: 'The network address a request comes from.' },
  { key: 'user.technical.user_agent', label: 'Browser and OS', description: 'User agent: browser, operating system and their versions.' },
  { key: 'user.technical.device', label: 'Device information', description: 'Device type and characteristics.' },
  { key: 'user.technical.browser_language', label: 'Browser language', description: 'The language the browser asks for.' },
  { key: 'user.technical.country', label: 'Country', description: 'Country derived from the connection.' },
  { key: 'user.technical.server_log', label: 'Server logs', description: 'Request logs: routes visited, times, status codes.' },
  { key: 'user.technical.error_log', label: 'Error and performance data', description: 'Error logs, crash reports and performance metrics.' },
  { key: 'user.technical.referrer', label: 'Referral source', description: 'Where a visit came from.' },
  { key: 'user.technical.session_token', label: 'Session token', description: 'A token that keeps a person signed in.' },

  { key: 'user.consent', label: 'Consent records', description: 'Records of consent given or withdrawn.' },
  { key: 'user.consent.parental', label: 'Parental consent', description: "A parent's, guardian's or school's consent for a minor." },
] as const satisfies readonly { key: string; label: string; description: string }[];

/** A key of the built-in taxonomy, such as `'user.contact.email'`. */
export type BuiltInDataCategoryKey = (typeof BUILT_IN_DATA_CATEGORIES)[number]['key'];
