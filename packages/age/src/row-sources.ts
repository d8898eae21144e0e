/**
 * Where each built-in row comes from, by row id: the law and article, a URL to the official text, the
 * date it takes effect (and ends, when superseded), and `checked`: the day the figure was verified
 * against the text or a page quoting it (`checkedAgainst`), or `null` when nobody has verified it yet.
 */
export interface RowSource {
  readonly law: string;
  readonly article: string;
  /** The official text (the URLs were written from the publishers' address schemes and not opened). */
  readonly url: string;
  readonly effective: string;
  readonly ends?: string;
  /** The day the row's figures were verified, `YYYY-MM-DD`, or `null`: not verified, check it before relying on it. */
  readonly checked: string | null;
  /** What the figures were verified against (a page that quotes or reports the text). */
  readonly checkedAgainst?: string;
  readonly note?: string;
}

const GDPR_URL = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';
const GDPR_NOTE = 'The URL is GDPR Art. 8 (verified 2026-12-03 against privacy-regulation.eu); the national act setting the age was not verified.';
const TODAY = '2026-12-03';
const gdpr = (law: string, article: string, url = GDPR_URL, verified?: { against: string; note: string }): RowSource =>
  verified
    ? { law, article, url, effective: '2018-05-25', checked: TODAY, checkedAgainst: verified.against, note: verified.note }
    : { law, article, url, effective: '2018-05-25', checked: null, note: GDPR_NOTE };
/** Bird & Bird's GDPR tracker, "Children online" (age and provision per member state). */
const BIRD_BIRD = 'https://www.twobirds.com/en/in-focus/general-data-protection-regulation/gdpr-tracker/children';
/** DataGuidance, "EU: Age of consent for children" (age and provision per member state). */
const DATAGUIDANCE = 'https://platform.dataguidance.com/opinion/eu-age-consent-children';
const CHECKED_NOTE =
  'Age and provision verified 2026-12-03 in a law firm\u2019s tracker that reports the national act (not in the act itself); the URL was not opened.';

/**
 * Names of the jurisdictions by code.
 *
 * @example
 * JURISDICTION_NAMES['US-NJ']; // 'New Jersey'
 */
export const JURISDICTION_NAMES: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  AT: 'Austria',
  BE: 'Belgium',
  BG: 'Bulgaria',
  HR: 'Croatia',
  CY: 'Cyprus',
  CZ: 'Czechia',
  DK: 'Denmark',
  EE: 'Estonia',
  FI: 'Finland',
  FR: 'France',
  DE: 'Germany',
  GR: 'Greece',
  HU: 'Hungary',
  IE: 'Ireland',
  IT: 'Italy',
  LV: 'Latvia',
  LT: 'Lithuania',
  LU: 'Luxembourg',
  MT: 'Malta',
  NL: 'Netherlands',
  PL: 'Poland',
  PT: 'Portugal',
  RO: 'Romania',
  SK: 'Slovakia',
  SI: 'Slovenia',
  ES: 'Spain',
  SE: 'Sweden',
  IS: 'Iceland (EEA)',
  LI: 'Liechtenstein (EEA)',
  NO: 'Norway (EEA)',
  GB: 'United Kingdom',
  BR: 'Brazil',
  KR: 'South Korea',
  CN: 'China',
  'CA-QC': 'Quebec',
  US: 'United States (federal)',
  'US-CA': 'California',
  'US-NJ': 'New Jersey',
  'US-NH': 'New Hampshire',
  'US-MD': 'Maryland',
  'US-NY': 'New York',
  'US-CO': 'Colorado',
  'US-CT': 'Connecticut',
  'US-OR': 'Oregon',
  'US-VA': 'Virginia',
  'US-MT': 'Montana',
  'US-NE': 'Nebraska',
  IN: 'India',
  AU: 'Australia',
  SG: 'Singapore',
  VN: 'Vietnam',
  JP: 'Japan',
  CH: 'Switzerland',
  TR: 'Turkey',
  CA: 'Canada (federal, outside Quebec)',
  CL: 'Chile',
  ZA: 'South Africa',
  ID: 'Indonesia',
});

/**
 * The source of every built-in row, by row id (`CONSENT_AGES[code].id` and the ids in its `later` rows).
 *
 * @example
 * ROW_SOURCES['IN-dpdp-2023-s9']?.effective; // '2027-05-13'
 * ROW_SOURCES['CN-pipl-art31']?.checked; // null
 */
export const ROW_SOURCES: Readonly<Record<string, RowSource>> = /* @__PURE__ */ (() =>
  Object.freeze({
    'AT-gdpr-art8': gdpr('Datenschutzgesetz (DSG)', '§ 4(4)', 'https://www.ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen&Gesetzesnummer=10001597', {
      against: `${BIRD_BIRD}; ${DATAGUIDANCE}`,
      note: CHECKED_NOTE,
    }),
    'BE-gdpr-art8': gdpr('Law of 30 July 2018 on the protection of natural persons with regard to the processing of personal data', 'Art. 7', GDPR_URL, {
      against: `${BIRD_BIRD} (13 years); ${DATAGUIDANCE} (Article 7)`,
      note: CHECKED_NOTE,
    }),
    'BG-gdpr-art8': gdpr('Personal Data Protection Act', 'Art. 25c'),
    'HR-gdpr-art8': gdpr('Act on the Implementation of the General Data Protection Regulation (NN 42/2018)', 'Art. 19'),
    'CY-gdpr-art8': gdpr('Law 125(I)/2018 on the protection of natural persons with regard to the processing of personal data', 'Section 8'),
    'CZ-gdpr-art8': gdpr('Act No. 110/2019 Coll. on the processing of personal data', 'Section 7', GDPR_URL, { against: BIRD_BIRD, note: CHECKED_NOTE }),
    'DK-gdpr-art8': gdpr('Databeskyttelsesloven (Act No. 502 of 23 May 2018)', '§ 6(3)', GDPR_URL, {
      against: BIRD_BIRD,
      note: `${CHECKED_NOTE} Corrected 2026-12-03: the provision is § 6(3), not § 6 as a whole.`,
    }),
    'EE-gdpr-art8': gdpr('Isikuandmete kaitse seadus (Personal Data Protection Act 2018)', '§ 8'),
    'FI-gdpr-art8': gdpr('Tietosuojalaki (Data Protection Act 1050/2018)', 'Section 5'),
    'FR-gdpr-art8': gdpr('Loi n° 78-17 Informatique et Libertés (as amended 2018)', 'Art. 45', 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000886460', {
      against:
        'https://tne.trousseaprojets.fr/actualites/majorite-numerique-15-ans-que-dit-la-loi (a CNIL director: Art. 45, 15 years); https://rapport-congresdesnotaires.fr/2021-rapport-du-117e-congres/le-role-des-titulaires-de-lautorite-parentale (quotes Art. 45)',
      note: 'Art. 45 and 15 verified 2026-12-03 in pages quoting it. Below 15 the consent is given jointly by the minor and the holder(s) of parental authority (the gate reports it as parental consent). Before the 2018 ordinance (in force 2019-06-01) the provision was Art. 7-1.',
    }),
    'DE-gdpr-art8': gdpr('No derogation (Bundesdatenschutzgesetz sets none)', 'GDPR Art. 8(1) default', GDPR_URL, {
      against: BIRD_BIRD,
      note: 'No derogation verified 2026-12-03 in a law firm\u2019s tracker ("No"); GDPR Art. 8(1) (16) verified against privacy-regulation.eu.',
    }),
    'GR-gdpr-art8': gdpr('Law 4624/2019', 'Art. 21'),
    'HU-gdpr-art8': gdpr('No derogation (Act CXII of 2011 sets none)', 'GDPR Art. 8(1) default', GDPR_URL, {
      against: BIRD_BIRD,
      note: 'No derogation verified 2026-12-03 in a law firm\u2019s tracker ("No specific provisions"); GDPR Art. 8(1) (16) verified against privacy-regulation.eu.',
    }),
    'IE-gdpr-art8': gdpr('Data Protection Act 2018', 'Section 31', 'https://www.irishstatutebook.ie/eli/2018/act/7/section/31/enacted/en/html', {
      against: BIRD_BIRD,
      note: `${CHECKED_NOTE} The Act required a review of the age within three years; a changed age was not found.`,
    }),
    'IT-gdpr-art8': gdpr('Codice in materia di protezione dei dati personali (D.Lgs. 196/2003 as amended by D.Lgs. 101/2018)', 'Art. 2-quinquies', GDPR_URL, {
      against: BIRD_BIRD,
      note: CHECKED_NOTE,
    }),
    'LV-gdpr-art8': gdpr('Personal Data Processing Law (2018)', 'Section 33'),
    'LT-gdpr-art8': gdpr('Law on Legal Protection of Personal Data (as amended 2018)', 'Art. 6'),
    'LU-gdpr-art8': gdpr('No derogation (Law of 1 August 2018 sets none)', 'GDPR Art. 8(1) default'),
    'MT-gdpr-art8': gdpr(
      'Processing of Children\u2019s Personal Data in relation to the Offer of Information Society Services Regulations (S.L. 586.11)',
      'Regulation 3',
    ),
    'NL-gdpr-art8': {
      ...gdpr('Uitvoeringswet Algemene verordening gegevensbescherming (UAVG)', 'Art. 5'),
      note: 'The age (16: the Netherlands did not lower it) was read in a law firm\u2019s tracker; the provision was not: a 2017 consultation response says the draft UAVG set nothing, and Art. 5 of the old Wbp set 16. Not verified.',
    },
    'PL-gdpr-art8': gdpr('No derogation (Act of 10 May 2018 sets none)', 'GDPR Art. 8(1) default'),
    'PT-gdpr-art8': {
      ...gdpr('Lei n.º 58/2019', 'Art. 16'),
      note: 'The age (13, Lei 58/2019) was read in a page quoting a 2026 bill; Art. 16 was not verified. Projeto de Lei 398/XVII (approved in general on 2026-02-12) would raise it to 16 and is not modelled.',
    },
    'RO-gdpr-art8': gdpr('No derogation (Law 190/2018 sets none)', 'GDPR Art. 8(1) default'),
    'SK-gdpr-art8': gdpr('Act No. 18/2018 Coll. on personal data protection', 'Section 15'),
    'SI-gdpr-art8': gdpr('Zakon o varstvu osebnih podatkov (ZVOP-2, 2022)', 'Art. 8'),
    'ES-gdpr-art8': gdpr('Ley Orgánica 3/2018 (LOPDGDD)', 'Art. 7', 'https://www.boe.es/eli/es/lo/2018/12/05/3', { against: BIRD_BIRD, note: CHECKED_NOTE }),
    'SE-gdpr-art8': {
      ...gdpr('Lag (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning', 'Chapter 2, Section 4'),
      note: 'The age (13, for a child living in Sweden) was read in a news page quoting the Swedish provision (svt.se); the chapter and section were not. Committee directive Dir. 2025:91 (9 October 2025) asks whether to raise the age (report due 12 June 2026); not modelled.',
    },
    'IS-gdpr-art8': gdpr('Act No. 90/2018 on Data Protection', 'Art. 10'),
    'LI-gdpr-art8': gdpr('No derogation (Datenschutzgesetz 2018 sets none)', 'GDPR Art. 8(1) default'),
    'NO-gdpr-art8': {
      ...gdpr('Personopplysningsloven (LOV-2018-06-15-38)', '§ 5'),
      note: 'The age (13 for information society services) was read on the regulator\u2019s page (datatilsynet.no); § 5 was not. A 2025 consultation proposes raising it from 13 to 15 (advokatforeningen.no, October 2025); not modelled.',
    },
    'GB-dpa-2018-s9': {
      law: 'Data Protection Act 2018 (UK GDPR Art. 8 as modified)',
      article: 'Section 9',
      url: 'https://www.legislation.gov.uk/ukpga/2018/12/section/9',
      effective: '2018-05-25',
      checked: TODAY,
      checkedAgainst:
        'https://www.onlinegdprtraining.co.uk/post/2018/05/23/gdpr-age-of-consent (quotes s. 9: "16 years" read as "13 years"); https://www.legislation.gov.uk/eur/2016/679/article/8/data.html (UK GDPR Art. 8(1) as amended: 13 years)',
      note: 'The Children\u2019s Wellbeing and Schools Act 2026 s. 72 lets the Secretary of State change the age (13 to 16) by regulations; no regulations were found, so the row stays at 13.',
    },
    'BR-lgpd-art14': {
      law: 'Lei Geral de Proteção de Dados (Lei 13.709/2018); a child is under 12 per the Estatuto da Criança e do Adolescente (Lei 8.069/1990) Art. 2',
      article: 'Art. 14 § 1',
      url: 'https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm',
      effective: '2020-09-18',
      ends: '2026-03-17',
      checked: null,
    },
    'BR-eca-digital': {
      law: 'Lei 15.211/2025 (Estatuto Digital da Criança e do Adolescente, ECA Digital), with LGPD Art. 14 for children under 12',
      article: 'Lei 15.211/2025 (accounts of under-16s linked to a guardian; no profiling-based advertising to minors); LGPD Art. 14 § 1',
      url: 'https://www.planalto.gov.br/ccivil_03/_ato2023-2026/2025/lei/l15211.htm',
      effective: '2026-03-17',
      checked: TODAY,
      checkedAgainst:
        'https://www.clicportela.com.br/noticia/146066/medida-provisoria-adianta-para-seis-meses-o-prazo-para-lei-contra-adultizacao-comecar-a-valer; https://ibdfam.org.br/noticias/13258/',
      note: 'Sanctioned and published 17 September 2025; MP 1.319/2025 sets entry into force six months later: the day (2026-03-17) is computed, not read, and the article numbers were not verified.',
    },
    'KR-pipa-art22-2': {
      law: 'Personal Information Protection Act (PIPA)',
      article: 'Art. 22-2',
      url: 'https://www.law.go.kr/LSW/eng/engLsSc.do?query=personal+information+protection+act',
      effective: '2023-09-15',
      checked: TODAY,
      checkedAgainst:
        'https://prighter.com/resources/laws/korean-pipa/enforcement-decree/articles/article-17-2 (Enforcement Decree Art. 17-2: the legal representative\u2019s consent under Act Art. 22-2(1)); https://childreninthedigitalworld.twobirds.com/home/south-korea (under 14 are children)',
      note: 'Art. 22-2 and the age 14 verified; the day 2023-09-15 (the 2023 amendment) was not.',
    },
    'CN-pipl-art31': {
      law: 'Personal Information Protection Law (PIPL)',
      article: 'Art. 31',
      url: 'http://www.npc.gov.cn/npc/c30834/202108/a8c4e3672c74491a80b53a172bb753fe.shtml',
      effective: '2021-11-01',
      checked: null,
    },
    'CA-QC-law25-s4.1': {
      law: 'Act respecting the protection of personal information in the private sector (CQLR c. P-39.1), as amended by Law 25',
      article: 'Sections 4.1 and 14',
      url: 'https://www.legisquebec.gouv.qc.ca/en/document/cs/P-39.1',
      effective: '2023-09-22',
      checked: TODAY,
      checkedAgainst:
        'https://www.mondaq.com/canada/privacy-protection/1164140/we-answer-your-questions-modernization-of-personal-information-protection-legislation-23 (Fasken: from 14 no parental consent, Private Sector Act s. 14)',
      note: 'Section 14 and the age 14 verified in a law firm\u2019s answer; s. 4.1 (collection from a minor under 14) and the day 2023-09-22 were not. Corrected 2026-12-03: the article now names s. 14, which sets who consents.',
    },
    'US-coppa-2013': {
      law: "Children's Online Privacy Protection Act (COPPA), 15 U.S.C. §§ 6501-6506; COPPA Rule, 16 CFR Part 312 (2013 amendments)",
      article: '15 U.S.C. § 6501(1), § 6502(b); 16 CFR § 312.5',
      url: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-C/part-312',
      effective: '2013-07-01',
      ends: '2025-06-23',
      checked: TODAY,
      checkedAgainst:
        'http://www.gamutonline.net/district/escondidohigh/displayPolicy/437671/ (16 CFR 312.2: "Child means an individual under the age of 13"); https://api.ai-analytics.org/indep-rule/2012-31341.md (78 FR 3972, effective 2013-07-01)',
      note: 'Under 13 and the day 2013-07-01 verified; the paragraph of 16 CFR 312.5 was not.',
    },
    'US-coppa-2025': {
      law: "Children's Online Privacy Protection Act (COPPA), 15 U.S.C. §§ 6501-6506; COPPA Rule, 16 CFR Part 312, as amended 22 April 2025 (90 Fed. Reg. 16918)",
      article: '15 U.S.C. § 6502(b); 16 CFR § 312.5 (separate consent for disclosures to third parties)',
      url: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-C/part-312',
      effective: '2025-06-23',
      checked: TODAY,
      checkedAgainst: 'https://www.globalprivacyblog.com/2025/05/ftc-publishes-updates-to-coppa-rule/; https://alstonprivacy.com/?p=5486',
      note: 'Effective 2025-06-23; operators must comply by 2026-04-22. The row applies from the effective date (the earlier, safer reading). The paragraph number of the separate-consent rule was not verified.',
    },
    'US-CA-ccpa-2020': {
      law: 'COPPA (under 13, verifiable parental consent); California Consumer Privacy Act (sale or sharing of a consumer under 16 needs opt-in: the consumer from 13 to 15, a parent under 13)',
      article: '15 U.S.C. § 6502(b); Cal. Civ. Code § 1798.120(c)',
      url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.120',
      effective: '2020-01-01',
      ends: '2026-01-01',
      checked: TODAY,
      checkedAgainst: 'https://legiscan.com/CA/text/AB1949/id/3013504 (legislative digest quoting existing law)',
    },
    'US-CA-ccpa-2026': {
      law: 'COPPA (under 13); California Consumer Privacy Act (opt-in for sale or sharing under 16) and the CCPA regulations in force 1 January 2026 (personal information of consumers under 16 is sensitive personal information)',
      article: '15 U.S.C. § 6502(b); Cal. Civ. Code § 1798.120(c); CCPA regulations (11 CCR § 7001 et seq.)',
      url: 'https://cppa.ca.gov/regulations/',
      effective: '2026-01-01',
      checked: TODAY,
      checkedAgainst: 'https://www.osano.com/articles/2026-ccpa-amendments (secondary)',
      note: 'The regulation section that makes under-16 data sensitive was not verified.',
    },
    'US-NJ-njdpa': {
      law: 'New Jersey Data Privacy Act (P.L.2023, c.266); COPPA under 13',
      article: 'C.56:8-166.12(a)(7)',
      url: 'https://pub.njleg.gov/bills/2022/PL23/266_.HTM',
      effective: '2025-01-15',
      checked: TODAY,
      checkedAgainst:
        'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page350.html (text of subsection (7)); https://www.dataguidance.com/notes/new-jersey-data-protection-overview (in force on the 365th day after enactment on 2024-01-16)',
      note: 'Wording of "(7) ... at least 13 years of age but younger than 17" verified; the section number was not.',
    },
    'US-NH-rsa-507-h': {
      law: 'New Hampshire Data Privacy Act (SB 255, 2024), RSA ch. 507-H; COPPA under 13',
      article: 'RSA 507-H:6',
      url: 'https://gc.nh.gov/rsa/html/LII/507-H/507-H-mrg.htm',
      effective: '2025-01-01',
      ends: '2027-01-01',
      checked: TODAY,
      checkedAgainst: 'https://bakerdonelson.com/consumer-data-privacy-law-guide-new-hampshire; https://isaaccalvo.com/child-privacy-laws/new-hampshire',
      note: 'In force 2025-01-01 and the band (at least 13, younger than 16) verified; which purposes need consent (targeted advertising, sale) and the section number were not.',
    },
    'US-NH-hb1460': {
      law: 'New Hampshire Data Privacy Act as amended by HB 1460 (2026, Chapter 168): no sale of a child\u2019s (under 13) personal data, whatever the consent; COPPA under 13',
      article: 'RSA 507-H:6 as amended',
      url: 'https://gc.nh.gov/rsa/html/LII/507-H/507-H-mrg.htm',
      effective: '2027-01-01',
      checked: TODAY,
      checkedAgainst: 'https://isaaccalvo.com/child-privacy-laws/new-hampshire (a tracker, not the text)',
      note: 'Signed 2026-06-19, effective 2027-01-01: verified in a secondary tracker only.',
    },
    'US-MD-modpa': {
      law: 'Maryland Online Data Privacy Act of 2024; COPPA under 13',
      article: 'Md. Code, Com. Law § 14-4607',
      url: 'https://mgaleg.maryland.gov/mgawebsite/Laws/StatuteText?article=gcl&section=14-4607',
      effective: '2025-10-01',
      checked: TODAY,
      checkedAgainst: 'https://www.phosra.com/compliance/md-odpa; https://privacylawmap.com/states/maryland (secondary)',
      note: 'In force 2025-10-01 and no targeted advertising to consumers known to be under 18 verified in secondary summaries; the sale ban for minors and the section number were not verified against the text.',
    },
    'US-NY-cdpa': {
      law: 'New York Child Data Protection Act (N.Y. Gen. Bus. Law Art. 39-FF); COPPA under 13',
      article: 'N.Y. Gen. Bus. Law § 899-ff',
      url: 'https://www.nysenate.gov/legislation/laws/GBS/899-FF',
      effective: '2025-06-20',
      checked: TODAY,
      checkedAgainst:
        'https://cullenllp.com/blog/new-york-enacts-the-child-data-protection-act-governing-the-collection-and-use-of-personal-data-from-minors; https://www.goodwinlaw.com/en/insights/publications/2025/06/alerts-practices-dpc-new-yorks-child-data-protection-act-now-effect',
      note: 'In force 2025-06-20; under 18, only what is strictly necessary or with informed consent (13 to 17 their own, under 13 COPPA): verified. Modelled as consent for every purpose except provide_service and security; the section number was not verified.',
    },
    'US-CO-cpa-minors': {
      law: 'Colorado Privacy Act as amended by SB 24-041 (minors under 18; a parent consents under 13); COPPA under 13',
      article: 'C.R.S. § 6-1-1308.5',
      url: 'https://leg.colorado.gov/bills/sb24-041',
      effective: '2025-10-01',
      checked: TODAY,
      checkedAgainst:
        'http://www.leg.colorado.gov/bills/sb24-041 (bill summary); https://www.compliancepoint.com/privacy/colorado-enhances-online-privacy-protections-for-children/',
      note: 'The section number was not verified. Profiling is covered only in furtherance of decisions with legal or similarly significant effects.',
    },
    'US-CT-ctdpa-minors': {
      law: 'Connecticut Data Privacy Act as amended by SA 23-56 (SB 3, 2023); COPPA under 13',
      article: 'Conn. Gen. Stat. § 42-529a(b)',
      url: 'https://www.cga.ct.gov/2023/ACT/PA/PDF/2023PA-00056-R00SB-00003-PA.PDF',
      effective: '2024-10-01',
      ends: '2026-07-01',
      checked: TODAY,
      checkedAgainst:
        'https://d1tvxue8o4w0fl.cloudfront.net/statute/general-statutes-of-connecticut/title-42-business-selling-trading-and-collection-practices/chapter-743jj-consumer-data-privacy-and-online-monitoring/section-42-529a-controllers-duties-consumer-consent (text of § 42-529a)',
      note: 'The wording (targeted advertising, sale, profiling of minors, subject to consent) was verified; the in-force day 2024-10-01 was not.',
    },
    'US-CT-sb1295': {
      law: 'Connecticut Data Privacy Act as amended by SB 1295 (2025): no targeted advertising or sale of minors\u2019 data, whatever the consent; consent for profiling; COPPA under 13',
      article: 'Conn. Gen. Stat. § 42-529a as amended',
      url: 'https://www.cga.ct.gov/',
      effective: '2026-07-01',
      checked: TODAY,
      checkedAgainst: 'https://insideinvestigator.org/data-privacy-bill-goes-into-effect-tong-issues-guidance/; https://nope.net/regs/us-ct-sb1295 (secondary)',
      note: 'Verified in secondary reports only; the public act number and URL were not.',
    },
    'US-OR-ocpa': {
      law: 'Oregon Consumer Privacy Act; COPPA under 13',
      article: 'ORS 646A.578',
      url: 'https://www.oregonlegislature.gov/bills_laws/ors/ors646A.html',
      effective: '2024-07-01',
      checked: null,
      note: 'Later Oregon amendments (2025) are not modelled.',
    },
    'US-VA-vcdpa': {
      law: 'Virginia Consumer Data Protection Act (a known child\u2019s data is sensitive: COPPA consent); COPPA under 13',
      article: 'Va. Code § 59.1-578',
      url: 'https://law.lis.virginia.gov/vacode/title59.1/chapter53/section59.1-578/',
      effective: '2023-01-01',
      checked: null,
    },
    'US-MT-mcdpa': {
      law: 'Montana Consumer Data Privacy Act; COPPA under 13',
      article: 'Mont. Code Ann. § 30-14-2812',
      url: 'https://leg.mt.gov/bills/mca/title_0300/chapter_0140/part_0280/section_0120/0300-0140-0280-0120.html',
      effective: '2024-10-01',
      checked: null,
      note: 'Later Montana amendments (2025) are not modelled.',
    },
    'US-NE-ndpa': {
      law: 'Nebraska Data Privacy Act (LB 1074, 2024; a known child\u2019s data is sensitive: COPPA consent); COPPA under 13',
      article: 'Neb. Rev. Stat. § 87-1107',
      url: 'https://nebraskalegislature.gov/laws/browse-chapters.php?chapter=87',
      effective: '2025-01-01',
      checked: null,
    },
    'IN-it-act-spdi': {
      law: 'Information Technology Act 2000 s. 43A and the SPDI Rules 2011 (no age of digital consent); DPDP Act 2023 s. 9 not yet commenced',
      article: 'none (no statutory age)',
      url: 'https://www.meity.gov.in/data-protection-framework',
      effective: '2011-04-11',
      ends: '2027-05-13',
      checked: null,
      note: 'The Indian Contract Act 1872 (minors cannot contract) is not modelled: the platform policy decides until 2027-05-13.',
    },
    'IN-dpdp-2023-s9': {
      law: 'Digital Personal Data Protection Act, 2023 (a child is under 18, s. 2(f)); Digital Personal Data Protection Rules, 2025 (notified 13 November 2025)',
      article: 'Section 9(1) and 9(3); DPDP Rules 2025 Rule 10',
      url: 'https://www.meity.gov.in/data-protection-framework',
      effective: '2027-05-13',
      checked: TODAY,
      checkedAgainst:
        'https://english.mathrubhumi.com/technology/india-dpdp-rules-2025-data-privacy-jflhw5rt; https://dpdpacomplianceanalyser.com/dpdp-rules-2025',
      note: 'Rules notified 2025-11-13; verifiable consent and the other Data Fiduciary duties commence eighteen months after publication. Some sources count that as 2027-05-14; this row uses 2027-05-13 (the earlier, safer day).',
    },
    'AU-osa-s63d': {
      law: 'Online Safety Amendment (Social Media Minimum Age) Act 2024 (Cth), inserting Part 4A into the Online Safety Act 2021; the Privacy Act 1988 sets no age of digital consent',
      article: 'Online Safety Act 2021 s 63D (in force 10 December 2025)',
      url: 'https://www.legislation.gov.au/C2024A00127/asmade/text',
      effective: '2025-12-10',
      checked: TODAY,
      checkedAgainst:
        'https://legislation.gov.au/C2024A00127/asmade/2024-12-10/text/original/epub/OEBPS/document_1/document_1.html (the Act as made: No. 127, 2024, assented 10 December 2024, in force 11 December 2024); http://www.ozpolitic.com/forum/YaBB.pl?num=1758188925%2F11 (quotes the compiled Online Safety Act 2021, ss 63C-63D); https://cm.twobirds.com/en/insights/2025/australia/countdown-to-compliance-are-you-ready-for-10-december-(1) (in force 10 December 2025, under 16)',
      note: 'Section 63D (civil penalty for failing to take reasonable steps to prevent age-restricted users having accounts) verified in a quotation of the compiled Act; the Act itself commenced 11 December 2024 and the obligation applies from 10 December 2025 (verified in a law firm\u2019s note, not in the Act\u2019s text). The age 16 (the definition of age-restricted user in s 5) was read in law firms\u2019 summaries, not in s 5 itself; the Part number (4A) was not seen.',
    },
    'SG-pdpc-children-2024': {
      law: 'Personal Data Protection Act 2012; PDPC Advisory Guidelines on the PDPA for Children\u2019s Personal Data in the Digital Environment (28 March 2024, not legally binding)',
      article: 'Advisory Guidelines, valid consent of children (13 to 17 may consent when the policies are readily understandable to them)',
      url: 'https://www.pdpc.gov.sg/guidelines-and-consultation',
      effective: '2024-03-28',
      checked: TODAY,
      checkedAgainst:
        'https://platform.dataguidance.com/news/singapore-pdpc-publishes-advisory-guidelines-childrens; https://www.twobirds.com/en/insights/2024/singapore/singapore-pdpc-issues-advisory-guidelines-on-the-pdpa',
      note: 'Under 13: a parent or guardian consents. The paragraph number was not verified.',
    },
    'VN-decree-13-2023-art20': {
      law: 'Decree 13/2023/ND-CP on personal data protection (a child is under 16, Law on Children 2016 Art. 1)',
      article: 'Art. 20 (from 7 years old, the child\u2019s consent and a parent\u2019s or guardian\u2019s)',
      url: 'https://vanban.chinhphu.vn/?pageid=27160&docid=207759',
      effective: '2023-07-01',
      checked: null,
      note: 'Only the Law on Children (a child is under 16) was verified; Art. 20 and its age 7 were not. Vietnam\u2019s Law on Personal Data Protection 2025 is not modelled.',
    },
    'JP-appi': {
      law: 'Act on the Protection of Personal Information (APPI) sets no age; PPC guidance suggests a legal representative consents for children of roughly 12 to 15 and under',
      article: 'none (no statutory age)',
      url: 'https://www.ppc.go.jp/en/legal/',
      effective: '2022-04-01',
      checked: null,
    },
    'CH-revfadp': {
      law: 'Federal Act on Data Protection (revFADP, 2020) sets no age; a child with capacity of judgement consents (Civil Code Art. 19c)',
      article: 'none (no statutory age)',
      url: 'https://www.fedlex.admin.ch/eli/cc/2022/491/en',
      effective: '2023-09-01',
      checked: null,
    },
    'TR-kvkk-6698': {
      law: 'Law No. 6698 on the Protection of Personal Data (KVKK) sets no age; capacity under the Turkish Civil Code is not modelled',
      article: 'none (no statutory age)',
      url: 'https://www.mevzuat.gov.tr/MevzuatMetin/1.5.6698.pdf',
      effective: '2016-04-07',
      checked: null,
    },
    'CA-pipeda-opc': {
      law: 'PIPEDA sets no age; OPC Guidelines for obtaining meaningful consent (2018): a parent or guardian consents for children under 13',
      article: 'OPC Guidelines for obtaining meaningful consent, "Consent and children"',
      url: 'https://www.priv.gc.ca/en/privacy-topics/collecting-personal-information/consent/gl_omc_201805/',
      effective: '2018-05-24',
      checked: null,
    },
    'CL-ley-19628': {
      law: 'Ley 19.628 sobre protección de la vida privada (no age of consent)',
      article: 'none (no statutory age)',
      url: 'https://www.bcn.cl/leychile/navegar?idNorma=141599',
      effective: '1999-10-28',
      ends: '2026-12-01',
      checked: null,
    },
    'CL-ley-21719-art16-quater': {
      law: 'Ley 19.628 as amended by Ley 21.719 (2024): under 14 a parent or legal representative consents',
      article: 'Art. 16 quater',
      url: 'https://www.bcn.cl/leychile/',
      effective: '2026-12-01',
      checked: null,
      note: 'In force date (24 months after publication) and the 16-year rule for sensitive data not verified; sensitive data is not modelled.',
    },
    'ZA-popia-s35': {
      law: 'Protection of Personal Information Act 4 of 2013 (a child is under 18, s. 1): processing needs a competent person\u2019s prior consent',
      article: 'Section 35(1)(a)',
      url: 'https://www.justice.gov.za/inforeg/docs/InfoRegSA-POPIA-act2013-004.pdf',
      effective: '2021-07-01',
      checked: TODAY,
      checkedAgainst:
        'https://inforegulator.org.za/knowledge-base/general-authorisation-concerning-personal-information-of-children/; https://www.dataguidance.com/opinion/south-africa-processing-childrens-personal',
      note: 'Section 35(1)(a) and the age 18 verified; the day 2021-07-01 (end of the one-year grace period) was not.',
    },
    'ID-uu-pdp-art25': {
      law: 'Law No. 27 of 2022 on Personal Data Protection (UU PDP): a child\u2019s data needs a parent\u2019s or guardian\u2019s consent (a child is under 18, Law 35/2014)',
      article: 'Art. 25',
      url: 'https://peraturan.bpk.go.id/Details/229798/uu-no-27-tahun-2022',
      effective: '2024-10-17',
      checked: null,
    },
  }))();
