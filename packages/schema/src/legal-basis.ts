import { z } from 'zod';
import { suggestion } from './did-you-mean.js';

const BASES = ['consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests'] as const;

/** The six lawful bases of GDPR Art. 6(1)(a)-(f). */
export const LegalBasisSchema = z
  .enum(BASES, {
    error: (issue) => `Expected a lawful basis: one of ${BASES.map((b) => `"${b}"`).join(', ')} (GDPR Art. 6(1))${suggestion(issue.input, BASES)}`,
  })
  .meta({ description: 'A lawful basis of GDPR Art. 6(1): consent, contract, legal_obligation, vital_interests, public_task or legitimate_interests.' });
/** A GDPR Art. 6 lawful basis. */
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

/** Where GDPR Art. 6(1) states each basis, for citations in rendered text. */
export const LEGAL_BASIS_ARTICLE: Readonly<Record<LegalBasis, string>> = {
  consent: 'GDPR Art. 6(1)(a)',
  contract: 'GDPR Art. 6(1)(b)',
  legal_obligation: 'GDPR Art. 6(1)(c)',
  vital_interests: 'GDPR Art. 6(1)(d)',
  public_task: 'GDPR Art. 6(1)(e)',
  legitimate_interests: 'GDPR Art. 6(1)(f)',
};
