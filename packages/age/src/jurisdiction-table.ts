import { CONSENT_AGES, type JurisdictionAgeRule } from './jurisdiction-ages.js';

/** The law a row comes from: statute and article, and where to read it. */
export interface JurisdictionSource {
  readonly law: string;
  readonly article: string;
  readonly url?: string | undefined;
}

/** A cited jurisdiction row: the ages the gate reads, the jurisdiction's name and the law. */
export interface JurisdictionRule extends JurisdictionAgeRule {
  /** ISO 3166-1 alpha-2 (`DE`) or ISO 3166-2 subdivision (`US-CA`, `CA-QC`). */
  readonly code: string;
  readonly name: string;
  readonly source: JurisdictionSource;
}

/** A cited jurisdiction table: rows by code. Build your own with `defineJurisdictionTable`. */
export type JurisdictionTable = Readonly<Record<string, JurisdictionRule>>;

const GDPR = 'GDPR (Regulation (EU) 2016/679) Art. 8(1): 16 unless the state sets 13 to 16';

/**
 * The citation of every row of {@link CONSENT_AGES}: name, statute and article. For EU/EEA states the
 * law is the national act that set the age under GDPR Art. 8(1), or "No derogation" (16 applies).
 *
 * @example
 * JURISDICTION_SOURCES.ES.article; // 'Art. 7'
 */
export const JURISDICTION_SOURCES: Readonly<Record<string, { readonly name: string } & JurisdictionSource>> = /* @__PURE__ */ Object.freeze({
  AT: { name: 'Austria', law: 'Datenschutzgesetz (DSG)', article: '§ 4(4)' },
  BE: { name: 'Belgium', law: 'Law of 30 July 2018 on the protection of natural persons with regard to the processing of personal data', article: 'Art. 7' },
  BG: { name: 'Bulgaria', law: 'Personal Data Protection Act', article: 'Art. 25c' },
  HR: { name: 'Croatia', law: 'Act on the Implementation of the General Data Protection Regulation (NN 42/2018)', article: 'Art. 19' },
  CY: { name: 'Cyprus', law: 'Law 125(I)/2018 on the protection of natural persons with regard to the processing of personal data', article: 'Section 8' },
  CZ: { name: 'Czechia', law: 'Act No. 110/2019 Coll. on the processing of personal data', article: 'Section 7' },
  DK: { name: 'Denmark', law: 'Databeskyttelsesloven (Act No. 502 of 23 May 2018)', article: '§ 6' },
  EE: { name: 'Estonia', law: 'Isikuandmete kaitse seadus (Personal Data Protection Act 2018)', article: '§ 8' },
  FI: { name: 'Finland', law: 'Tietosuojalaki (Data Protection Act 1050/2018)', article: 'Section 5' },
  FR: { name: 'France', law: 'Loi n° 78-17 Informatique et Libertés (as amended 2018)', article: 'Art. 45' },
  DE: { name: 'Germany', law: 'No derogation (Bundesdatenschutzgesetz sets none)', article: 'GDPR Art. 8(1) default' },
  GR: { name: 'Greece', law: 'Law 4624/2019', article: 'Art. 21' },
  HU: { name: 'Hungary', law: 'No derogation (Act CXII of 2011 sets none)', article: 'GDPR Art. 8(1) default' },
  IE: { name: 'Ireland', law: 'Data Protection Act 2018', article: 'Section 31' },
  IT: { name: 'Italy', law: 'Codice in materia di protezione dei dati personali (D.Lgs. 196/2003 as amended by D.Lgs. 101/2018)', article: 'Art. 2-quinquies' },
  LV: { name: 'Latvia', law: 'Personal Data Processing Law (2018)', article: 'Section 33' },
  LT: { name: 'Lithuania', law: 'Law on Legal Protection of Personal Data (as amended 2018)', article: 'Art. 6' },
  LU: { name: 'Luxembourg', law: 'No derogation (Law of 1 August 2018 sets none)', article: 'GDPR Art. 8(1) default' },
  MT: { name: 'Malta', law: 'Processing of Children\u2019s Personal Data in relation to the Offer of Information Society Services Regulations (S.L. 586.11)', article: 'Regulation 3' },
  NL: { name: 'Netherlands', law: 'Uitvoeringswet Algemene verordening gegevensbescherming (UAVG)', article: 'Art. 5' },
  PL: { name: 'Poland', law: 'No derogation (Act of 10 May 2018 sets none)', article: 'GDPR Art. 8(1) default' },
  PT: { name: 'Portugal', law: 'Lei n.º 58/2019', article: 'Art. 16' },
  RO: { name: 'Romania', law: 'No derogation (Law 190/2018 sets none)', article: 'GDPR Art. 8(1) default' },
  SK: { name: 'Slovakia', law: 'Act No. 18/2018 Coll. on personal data protection', article: 'Section 15' },
  SI: { name: 'Slovenia', law: 'Zakon o varstvu osebnih podatkov (ZVOP-2, 2022)', article: 'Art. 8' },
  ES: { name: 'Spain', law: 'Ley Orgánica 3/2018 (LOPDGDD)', article: 'Art. 7' },
  SE: { name: 'Sweden', law: 'Lag (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning', article: 'Chapter 2, Section 4' },
  IS: { name: 'Iceland (EEA)', law: 'Act No. 90/2018 on Data Protection', article: 'Art. 10' },
  LI: { name: 'Liechtenstein (EEA)', law: 'No derogation (Datenschutzgesetz 2018 sets none)', article: 'GDPR Art. 8(1) default' },
  NO: { name: 'Norway (EEA)', law: 'Personopplysningsloven (LOV-2018-06-15-38)', article: '§ 5' },  GB: { name: 'United Kingdom', law: 'Data Protection Act 2018 (UK GDPR Art. 8 as modified)', article: 'Section 9' },
  US: { name: 'United States (federal)', law: "Children's Online Privacy Protection Act (COPPA), 15 U.S.C. §§ 6501-6506; COPPA Rule, 16 CFR Part 312", article: '15 U.S.C. § 6501(1), § 6502(b); 16 CFR § 312.5' },
  'US-CA': { name: 'California', law: 'COPPA (under 13, verifiable parental consent); California Consumer Privacy Act (sale or sharing of a consumer under 16 needs opt-in: the consumer from 13 to 15, a parent under 13)', article: '15 U.S.C. § 6502(b); Cal. Civ. Code § 1798.120(c)' },
  BR: { name: 'Brazil', law: 'Lei Geral de Proteção de Dados (Lei 13.709/2018); a child is under 12 per the Estatuto da Criança e do Adolescente (Lei 8.069/1990) Art. 2', article: 'Art. 14 § 1' },
  KR: { name: 'South Korea', law: 'Personal Information Protection Act (PIPA)', article: 'Art. 22-2' },
  CN: { name: 'China', law: 'Personal Information Protection Law (PIPL)', article: 'Art. 31' },
  IN: { name: 'India', law: 'Digital Personal Data Protection Act, 2023 (a child is under 18, s. 2(f))', article: 'Section 9(1)' },
  AU: { name: 'Australia', law: 'Online Safety Amendment (Social Media Minimum Age) Act 2024 (Cth), inserting Part 4A into the Online Safety Act 2021; the Privacy Act 1988 sets no age of digital consent', article: 'Online Safety Act 2021 s 63D (in force 10 December 2025)', url: 'https://www.legislation.gov.au/C2024A00127/asmade/text' },
  'CA-QC': { name: 'Quebec', law: 'Act respecting the protection of personal information in the private sector (CQLR c. P-39.1), as amended by Law 25', article: 'Section 4.1' },
});

/**
 * The built-in cited table: every row of {@link CONSENT_AGES} with its name and source (EU/EEA states
 * under GDPR Art. 8, UK, US COPPA and California, Brazil, South Korea, China, India, Quebec). Data, not
 * logic: override or extend it with `defineJurisdictionTable`. Check it with counsel; laws change.
 *
 * @example
 * DEFAULT_JURISDICTIONS.DE.consentAge; // 16
 * DEFAULT_JURISDICTIONS.DE.source.article; // 'GDPR Art. 8(1) default'
 */
export const DEFAULT_JURISDICTIONS: JurisdictionTable = /* @__PURE__ */ (() =>
  Object.freeze(
  Object.fromEntries(
    Object.entries(CONSENT_AGES).map(([code, ages]) => {
      const { name, law, article, url } = JURISDICTION_SOURCES[code] ?? { name: code, law: 'unknown', article: 'unknown', url: undefined };
      const eu = /^(AT|BE|BG|HR|CY|CZ|DK|EE|FI|FR|DE|GR|HU|IE|IT|LV|LT|LU|MT|NL|PL|PT|RO|SK|SI|ES|SE|IS|LI|NO)$/.test(code);
      return [code, { code, name, ...ages, source: { law: eu ? `${law}; ${GDPR}` : law, article, ...(url ? { url } : {}) } }];
    }),
  ),
))();
