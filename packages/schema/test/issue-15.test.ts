import { describe, expect, it } from 'vitest';
import {
  didYouMean,
  formatPolicyDate,
  legalBasesFor,
  legalBasesOf,
  migrateLegalBasesPerPurpose,
  parseManifest,
  safeParseManifest,
  type PrivacyManifestInput,
} from '../src/index.js';
import { validInput } from './fixture.js';

const issuesOf = (input: unknown) => {
  const result = safeParseManifest(input);
  return result.success ? [] : result.error.issues.map((i) => ({ code: i.code, pathText: i.pathText, message: i.message }));
};
const edit = (change: (m: PrivacyManifestInput & Record<string, unknown>) => void) => {
  const m = validInput() as PrivacyManifestInput & Record<string, unknown>;
  change(m);
  return m;
};

describe('optional where real policies are silent', () => {
  it('accepts a manifest with no retention rule, no lawful basis, no source, no minimum age', () => {
    const m = parseManifest(
      edit((x) => {
        x.retention = [];
        x.collections = [{ category: 'user.contact.email', purposes: ['provide_service'], retentionStatement: 'As long as necessary to provide the service.' }];
        x.recipients = [];
        x.age = { description: 'Not directed at children under 13.' };
      }),
    );
    expect(m.collections[0]?.retention).toEqual([]);
    expect(m.collections[0]?.legalBases).toBeUndefined();
    expect(m.age?.minimumAge).toBeUndefined();
    expect(m.age?.onUnderageDiscovered).toBeUndefined();
  });

  it('accepts a cookie named only by its category', () => {
    expect(
      issuesOf(
        edit((x) => {
          x.cookies = [{ category: 'analytics' }];
        }),
      ),
    ).toEqual([]);
  });

  it('accepts month-precision dates and refuses impossible ones and year 0000', () => {
    expect(
      parseManifest(
        edit((x) => {
          x.effectiveDate = '2021-08';
        }),
      ).effectiveDate,
    ).toBe('2021-08');
    expect(formatPolicyDate('2021-08')).toBe('August 2021');
    for (const date of ['2025-02-30', '2025-13-01', '2025-02-29', '0000-01-01', '2021-13', '0000-05']) {
      expect(
        issuesOf(
          edit((x) => {
            x.effectiveDate = date;
          }),
        ),
        date,
      ).toEqual([expect.objectContaining({ pathText: 'effectiveDate' })]);
    }
    expect(
      issuesOf(
        edit((x) => {
          x.effectiveDate = '2024-02-29';
        }),
      ),
    ).toEqual([]);
  });
});

describe('open lists take the built-ins and your own x_ values', () => {
  it('knows FERPA, UK DPA 2018, Swiss FADP, COPPA, the rights to be informed and to complain, public sources, donors, EEA, no sharing', () => {
    const m = parseManifest(
      edit((x) => {
        x.frameworks = ['FERPA', 'UK_DPA_2018', 'SWISS_FADP', 'COPPA', 'x_state_student_privacy'];
        x.labels = { x_state_student_privacy: 'State student-privacy law' };
        x.collections![0] = { ...x.collections![0]!, source: 'public_sources', subjects: ['donor', 'guardian', 'student', 'visitor', 'x_alumnus'] };
        x.rights = [
          { right: 'be_informed', jurisdictions: ['EEA'] },
          { right: 'complain_to_authority', limits: ['Only where GDPR applies.'] },
        ];
        x.recipients = [];
        x.commitments = [{ kind: 'no_sharing' }, { kind: 'no_advertising' }, { kind: 'staff_access_limited' }];
        x.dataLocation = { storedIn: ['EEA'], transfers: [{ to: ['US'], mechanism: 'standard_contractual_clauses' }] };
      }),
    );
    expect(m.frameworks).toContain('x_state_student_privacy');
  });

  it('names the expected shapes and suggests the nearest built-in', () => {
    const [issue] = issuesOf(
      edit((x) => {
        x.frameworks = ['GPDR' as never];
      }),
    );
    expect(issue).toMatchObject({ pathText: 'frameworks[0]', code: 'invalid_value' });
    expect(issue?.message).toContain('did you mean "GDPR"?');
    expect(issue?.message).toContain('your own value starting with "x_"');
    expect(
      issuesOf(
        edit((x) => {
          x.commitments = [{ kind: 'x_custom' }];
        }),
      ),
    ).toEqual([expect.objectContaining({ pathText: 'commitments[0].statement' })]);
  });
});

describe('lawful bases per purpose', () => {
  it('takes bases by purpose and says which purpose each serves', () => {
    const m = parseManifest(
      edit((x) => {
        x.collections![0] = {
          ...x.collections![0]!,
          purposes: ['provide_service', 'billing'],
          legalBases: { provide_service: ['contract'], billing: ['legal_obligation'] },
        };
      }),
    );
    const c = m.collections[0]!;
    expect(legalBasesFor(c, 'billing')).toEqual(['legal_obligation']);
    expect(legalBasesOf(c)).toEqual(['contract', 'legal_obligation']);
  });

  it('refuses a basis for a purpose the collection does not have, with a suggestion', () => {
    expect(
      issuesOf(
        edit((x) => {
          x.collections![0] = { ...x.collections![0]!, legalBases: { provide_servise: ['contract'] } };
        }),
      ),
    ).toEqual([
      expect.objectContaining({
        code: 'unknown_reference',
        pathText: 'collections[0].legalBases.provide_servise',
        message: expect.stringContaining('did you mean "provide_service"?'),
      }),
    ]);
  });

  it('does not attribute a list of several bases to one of several purposes', () => {
    expect(legalBasesFor({ purposes: ['a', 'b'], legalBases: ['contract', 'consent'] }, 'a')).toBeUndefined();
    expect(legalBasesFor({ purposes: ['a', 'b'], legalBases: ['contract'] }, 'b')).toEqual(['contract']);
  });

  it('migrates the unambiguous lists and reports the rest', () => {
    const input = edit((x) => {
      x.collections!.push({ category: 'user.identity.name', purposes: ['provide_service', 'billing'], legalBases: ['contract', 'consent'] });
    });
    const { manifest, ambiguous } = migrateLegalBasesPerPurpose(input);
    expect(manifest.collections[0]?.legalBases).toEqual({ provide_service: ['contract'] });
    expect(ambiguous).toEqual([{ path: ['collections', 2, 'legalBases'], category: 'user.identity.name' }]);
    expect(safeParseManifest(manifest).success).toBe(true);
    expect(input.collections[0]?.legalBases).toEqual(['contract']); // input untouched
  });
});

describe('errors a person can act on', () => {
  it('legalBases: "contract" names both expected shapes', () => {
    expect(
      issuesOf(
        edit((x) => {
          x.collections![0] = { ...x.collections![0]!, legalBases: 'contract' as never };
        }),
      ),
    ).toEqual([
      {
        code: 'invalid_type',
        pathText: 'collections[0].legalBases',
        message: 'Expected lawful bases by purpose, like { "billing": ["contract"] }, or a list like ["contract"]; got the string "contract"',
      },
    ]);
  });

  it('a typo inside a list is reported at the item, with a suggestion', () => {
    expect(
      issuesOf(
        edit((x) => {
          x.collections![0] = { ...x.collections![0]!, legalBases: ['contarct' as never] };
        }),
      ),
    ).toEqual([expect.objectContaining({ pathText: 'collections[0].legalBases[0]', message: expect.stringContaining('did you mean "contract"?') })]);
  });

  it('purposes: [] is one issue, not one per collection', () => {
    expect(
      issuesOf(
        edit((x) => {
          x.purposes = [];
        }),
      ),
    ).toEqual([expect.objectContaining({ pathText: 'purposes' })]);
  });

  it('one undeclared rule used by many collections is one issue', () => {
    const issues = issuesOf(
      edit((x) => {
        x.collections!.forEach((c) => {
          c.retention = ['gone'];
        });
      }),
    );
    expect(issues.filter((i) => i.message.startsWith('Retention rule "gone"'))).toEqual([
      expect.objectContaining({ pathText: 'collections[0].retention[0]', message: expect.stringContaining('(also used at 1 other place)') }),
    ]);
  });

  it('a mistyped category gets a suggestion', () => {
    expect(
      issuesOf(
        edit((x) => {
          x.notCollected = ['user.contact.emial'];
        }),
      ),
    ).toEqual([expect.objectContaining({ pathText: 'notCollected[0]', message: expect.stringContaining('did you mean "user.contact.email"?') })]);
    expect(didYouMean('colour', ['version', 'cookies'])).toBeUndefined();
  });
});

describe('cross-field rules the old schema missed', () => {
  const cases: [string, (x: PrivacyManifestInput & Record<string, unknown>) => void, string][] = [
    [
      'an unknown category in an export part',
      (x) => {
        x.rights = [{ right: 'portability', export: { packaging: 'zip', parts: [{ content: 'All', formats: ['json'], categories: ['user.nope'] }] } }];
      },
      'rights[0].export.parts[0].categories[0]',
    ],
    [
      'a 5-year minimum on a 30-day maximum rule',
      (x) => {
        x.retention![0] = { ...x.retention![0]!, minimum: { years: 5 } };
      },
      'retention[0].minimum',
    ],
    [
      'a grace period longer than its period',
      (x) => {
        x.retention![0] = { ...x.retention![0]!, gracePeriod: { months: 2 } };
      },
      'retention[0].gracePeriod',
    ],
    [
      'minorBelow below minimumAge',
      (x) => {
        x.age = { minimumAge: 16, minorBelow: 13 };
      },
      'age.minorBelow',
    ],
    [
      'collectsDirectly a category the recipient is excluded from',
      (x) => {
        x.recipients![0] = { ...x.recipients![0]!, collectsDirectly: ['user.payment.card_number'], excludedCategories: ['user.payment'] };
      },
      'recipients[0].collectsDirectly[0]',
    ],
    [
      'a duplicate notice channel',
      (x) => {
        x.notice = { material: { channels: ['email', 'email'] }, minor: { channels: [] } };
      },
      'notice.material.channels[1]',
    ],
    [
      'a channel both promised and "may use"',
      (x) => {
        x.notice = { material: { channels: ['email'], mayUse: ['email'] }, minor: { channels: [] } };
      },
      'notice.material.mayUse[0]',
    ],
    [
      'a duplicate jurisdiction',
      (x) => {
        x.rights = [{ right: 'access', jurisdictions: ['EU', 'EU'] }];
      },
      'rights[0].jurisdictions[1]',
    ],
    [
      'a duplicate framework',
      (x) => {
        x.frameworks = ['GDPR', 'GDPR'];
      },
      'frameworks[1]',
    ],
    [
      'no cookies promised while cookies are listed',
      (x) => {
        x.commitments = [{ kind: 'no_cookies' }];
        x.cookies = [{ category: 'analytics' }];
      },
      'commitments[0].kind',
    ],
    [
      'no sharing promised while an independent controller receives data',
      (x) => {
        x.commitments = [{ kind: 'no_sharing' }];
        x.recipients![0] = { ...x.recipients![0]!, role: 'independent_controller' };
      },
      'recipients[0].role',
    ],
  ];
  it.each(cases)('%s', (_name, change, pathText) => {
    expect(issuesOf(edit(change)).map((i) => i.pathText)).toEqual([pathText]);
  });

  it('a minimum that may fit (1 month within 30 days on some dates) is left to @priv/retention', () => {
    expect(
      issuesOf(
        edit((x) => {
          x.retention![0] = { ...x.retention![0]!, minimum: { months: 1 } };
        }),
      ),
    ).toEqual([]);
  });
});

describe('one issue per field', () => {
  it('a javascript: URL gets one message, not two', () => {
    expect(
      issuesOf(
        edit((x) => {
          x.controller = { name: 'S', website: 'javascript:alert(1)' };
        }),
      ),
    ).toEqual([{ code: 'invalid_format', pathText: 'controller.website', message: 'Expected an http(s) URL like https://example.com/privacy' }]);
  });
});
