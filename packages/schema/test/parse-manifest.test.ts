import { describe, expect, it } from 'vitest';
import {
  formatPath,
  ManifestValidationError,
  MAX_MANIFEST_JSON_LENGTH,
  parseManifest,
  safeParseManifest,
  safeParseManifestJson,
  type ManifestIssue,
  type PrivacyManifestInput,
} from '../src/index.js';
import { validInput } from './fixture.js';

/** The issues a broken manifest gets; fails the test if it is accepted. */
function issuesOf(input: unknown): ManifestIssue[] {
  const result = safeParseManifest(input);
  if (result.success) throw new Error('expected the manifest to be refused');
  return [...result.error.issues];
}

function broken(edit: (m: PrivacyManifestInput & Record<string, unknown>) => void): unknown {
  const m = structuredClone(validInput()) as PrivacyManifestInput & Record<string, unknown>;
  edit(m);
  return m;
}

describe('parseManifest on a valid manifest', () => {
  it('returns the manifest with defaults filled in', () => {
    const m = parseManifest(validInput());
    expect(m.timeZone).toBe('Europe/Berlin');
    expect(m.cookies).toEqual([]);
    expect(m.retention![0]?.storage).toBe('all');
    expect(m.age?.minorBelow).toBeUndefined(); // no invented default: the policy did not say
    expect(m.notice?.publicationDayCounts).toBe(false);
  });
});

describe('formatPath', () => {
  it('writes paths the way code does', () => {
    expect(formatPath(['collections', 3, 'purposes', 1])).toBe('collections[3].purposes[1]');
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['a-b', 0])).toBe('["a-b"][0]');
  });
});

describe('field errors carry their path', () => {
  it.each([
    [
      'a wrong type',
      (m: Record<string, unknown>) => {
        m.version = 3;
      },
      'version',
      'invalid_type',
    ],
    [
      'an unknown key',
      (m: Record<string, unknown>) => {
        m.colour = 'blue';
      },
      '(root)',
      'unrecognized_keys',
    ],
    [
      'an empty string',
      (m: PrivacyManifestInput) => {
        m.controller.name = '  ';
      },
      'controller.name',
      'custom',
    ],
    [
      'a negative duration',
      (m: PrivacyManifestInput) => {
        m.retention![0]!.period = { days: -30 };
      },
      'retention[0].period.days',
      'too_small',
    ],
    [
      'a date that does not exist',
      (m: PrivacyManifestInput) => {
        m.effectiveDate = '2025-02-30';
      },
      'effectiveDate',
      'custom',
    ],
    [
      'a fiscal year end that does not exist',
      (m: PrivacyManifestInput) => {
        Object.assign(m.retention![0]!, { alignTo: 'fiscal_year_end', fiscalYearEnd: { month: 4, day: 31 } });
      },
      'retention[0].fiscalYearEnd.day',
      'custom',
    ],
    [
      'an unknown time zone',
      (m: PrivacyManifestInput) => {
        m.timeZone = 'Europe/Atlantis';
      },
      'timeZone',
      'custom',
    ],
    [
      'an unknown legal basis',
      (m: PrivacyManifestInput) => {
        (m.collections[1]!.legalBases as string[])[0] = 'because';
      },
      'collections[1].legalBases[0]',
      'invalid_value',
    ],
    [
      'a consent age below the minimum age',
      (m: PrivacyManifestInput) => {
        m.age = { minimumAge: 16, parentalConsentBelow: 13 };
      },
      'age.parentalConsentBelow',
      'custom',
    ],
    [
      'an unknown key deep inside',
      (m: PrivacyManifestInput) => {
        (m.recipients![0] as Record<string, unknown>).sells = true;
      },
      'recipients[0]',
      'unrecognized_keys',
    ],
  ])('%s', (_name, edit, pathText, code) => {
    const issues = issuesOf(broken(edit as (m: PrivacyManifestInput & Record<string, unknown>) => void));
    expect(issues).toContainEqual(expect.objectContaining({ pathText, code }));
  });

  it('accepts 29 February as a fiscal year end (the last day of February)', () => {
    const input = broken((m) => {
      Object.assign(m.retention![0]!, { alignTo: 'fiscal_year_end', fiscalYearEnd: { month: 2, day: 29 } });
    });
    expect(safeParseManifest(input).success).toBe(true);
  });

  it('reports every problem at once, not just the first', () => {
    const issues = issuesOf(
      broken((m) => {
        m.version = '';
        m.effectiveDate = '2025-02-30';
        m.contact = {};
      }),
    );
    expect(issues.map((i) => i.pathText)).toEqual(expect.arrayContaining(['version', 'effectiveDate', 'contact']));
  });

  it('names the negative number itself inside the duration', () => {
    const issues = issuesOf(
      broken((m) => {
        m.retention![0]!.period = { days: -30 };
      }),
    );
    const text = JSON.stringify(issues);
    expect(text).toContain('A duration cannot be negative');
  });
});

describe('cross-reference errors carry their path', () => {
  it('an undeclared purpose: collections[i].purposes[j]', () => {
    const issues = issuesOf(
      broken((m) => {
        m.collections[1]!.purposes.push('marketing');
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'unknown_reference',
        pathText: 'collections[1].purposes[1]',
        message: 'Purpose "marketing" is not declared in purposes',
      }),
    );
  });

  it('a recipient that receives a category nobody collects', () => {
    const issues = issuesOf(
      broken((m) => {
        m.recipients![0]!.categories.push('user.technical.ip_address');
      }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ code: 'uncollected_category', pathText: 'recipients[0].categories[1]' }));
  });

  it('a retention rule nobody references', () => {
    const issues = issuesOf(
      broken((m) => {
        m.retention!.push({ key: 'orphan', description: 'x', anchor: 'record_created', period: { days: 1 }, bound: 'maximum', action: 'delete' });
      }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ code: 'unused_rule', pathText: 'retention[2].key' }));
  });

  it('a collection that references an undeclared retention rule', () => {
    const issues = issuesOf(
      broken((m) => {
        m.collections[0]!.retention = ['forever'];
      }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ code: 'unknown_reference', pathText: 'collections[0].retention[0]' }));
  });

  it('duplicate keys', () => {
    const issues = issuesOf(
      broken((m) => {
        m.purposes.push({ key: 'billing', description: 'Again.' });
      }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ code: 'duplicate_key', pathText: 'purposes[2].key' }));
  });

  it('an unknown data category, and a custom one that makes it known', () => {
    const edit = (m: PrivacyManifestInput) => {
      m.collections[0]!.category = 'user.content.notebook';
    };
    expect(issuesOf(broken(edit))).toContainEqual(expect.objectContaining({ code: 'unknown_reference', pathText: 'collections[0].category' }));
    const fixed = broken((m) => {
      edit(m);
      m.categories = [{ key: 'user.content.notebook', label: 'Notebooks', description: 'Jupyter notebooks.' }];
    });
    expect(safeParseManifest(fixed).success).toBe(true);
  });

  it('a custom category that redefines a built-in or hangs from nothing', () => {
    const issues = issuesOf(
      broken((m) => {
        m.categories = [
          { key: 'user.contact.email', label: 'Mine', description: 'x' },
          { key: 'acme.gpu.hours', label: 'GPU hours', description: 'x' },
        ];
      }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ code: 'duplicate_key', pathText: 'categories[0].key' }));
    expect(issues).toContainEqual(expect.objectContaining({ code: 'unknown_reference', pathText: 'categories[1].key' }));
  });

  it('an unknown retention anchor event, and a declared custom one', () => {
    const edit = (m: PrivacyManifestInput) => {
      m.retention![0]!.anchor = 'course_completed';
    };
    expect(issuesOf(broken(edit))).toContainEqual(expect.objectContaining({ pathText: 'retention[0].anchor' }));
    expect(
      safeParseManifest(
        broken((m) => {
          edit(m);
          m.events = [{ key: 'course_completed', description: 'The course was completed.' }];
        }),
      ).success,
    ).toBe(true);
  });

  it('a minor restriction on an undeclared purpose, and redaction before an unknown recipient', () => {
    const issues = issuesOf(
      broken((m) => {
        m.age = { minimumAge: 13, minorRestrictedPurposes: ['marketing'] };
        m.redaction = { kinds: ['email'], before: ['gemini'] };
      }),
    );
    expect(issues.map((i) => i.pathText)).toEqual(expect.arrayContaining(['age.minorRestrictedPurposes[0]', 'redaction.before[0]']));
  });

  it('something declared not collected that a collection collects', () => {
    const issues = issuesOf(
      broken((m) => {
        m.notCollected = ['user.contact'];
      }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ code: 'contradiction', pathText: 'notCollected[0]' }));
  });
});

describe('parseManifest throws only ManifestValidationError', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'privacy'],
    ['an array', []],
    [
      'an object with a throwing getter',
      Object.defineProperty({}, 'version', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      }),
    ],
    [
      'a proxy that throws',
      new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('nope');
          },
          get() {
            throw new Error('nope');
          },
        },
      ),
    ],
  ])('%s', (_name, input) => {
    expect(() => parseManifest(input)).toThrow(ManifestValidationError);
  });

  it('gives a readable message listing the paths', () => {
    try {
      parseManifest(
        broken((m) => {
          m.collections[1]!.purposes.push('marketing');
        }),
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ManifestValidationError);
      expect((error as Error).message).toContain('collections[1].purposes[1]: Purpose "marketing" is not declared in purposes');
    }
  });
});

describe('huge inputs', () => {
  it('refuses over-long arrays and strings with a path, without walking them all', () => {
    const m = broken((m) => {
      m.purposes = Array.from({ length: 100_000 }, (_, i) => ({ key: `p${i}`, label: 'x', description: 'x' }));
    });
    const issues = issuesOf(m);
    expect(issues).toContainEqual(expect.objectContaining({ pathText: 'purposes', code: 'too_big' }));
    const long = issuesOf(
      broken((m) => {
        m.controller.name = 'x'.repeat(1_000_000);
      }),
    );
    expect(long).toContainEqual(expect.objectContaining({ pathText: 'controller.name', code: 'too_big' }));
  });

  it('refuses JSON text over the size limit, and bad JSON, as ManifestValidationError', () => {
    const big = safeParseManifestJson(' '.repeat(MAX_MANIFEST_JSON_LENGTH + 1));
    expect(big.success).toBe(false);
    expect(big.success ? undefined : big.error.issues[0]?.code).toBe('too_big');
    const bad = safeParseManifestJson('{"version": ');
    expect(bad.success ? undefined : bad.error.issues[0]?.code).toBe('invalid_json');
    const ok = safeParseManifestJson(JSON.stringify(validInput()));
    expect(ok.success).toBe(true);
  });
});
