import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ancestorsOf, BUILT_IN_DATA_CATEGORIES, childrenOf, DataCategoryKeySchema, getDataCategory, isWithin, parentOf, taxonomyWith } from '../src/index.js';

describe('the built-in taxonomy', () => {
  it('has unique, well-formed keys whose parents all exist', () => {
    const keys = BUILT_IN_DATA_CATEGORIES.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      expect(DataCategoryKeySchema.safeParse(key).success).toBe(true);
      const parent = parentOf(key);
      if (parent !== undefined) expect(keys).toContain(parent);
    }
  });

  it('covers the categories the issue names', () => {
    for (const key of [
      'user.contact.email',
      'user.financial.transaction',
      'user.content.code_submission',
      'user.technical.ip_address',
      'user.behavior.learning_progress',
      'user.payment.card_token',
    ]) {
      expect(getDataCategory(key)?.label).toBeTruthy();
    }
  });
});

describe('isWithin / parentOf / ancestorsOf / childrenOf', () => {
  it('answers parent/child questions segment-wise', () => {
    expect(isWithin('user.contact.email', 'user.contact')).toBe(true);
    expect(isWithin('user.contact.email', 'user')).toBe(true);
    expect(isWithin('user.contact', 'user.contact')).toBe(true);
    expect(isWithin('user.contact', 'user.contact.email')).toBe(false);
    expect(isWithin('user.contactless', 'user.contact')).toBe(false);
    expect(parentOf('user')).toBeUndefined();
    expect(ancestorsOf('user.contact.email')).toEqual(['user.contact', 'user']);
    expect(childrenOf('user.contact').map((c) => c.key)).toEqual(['user.contact.email', 'user.contact.phone']);
  });

  it("finds a team's own categories next to the built-in ones", () => {
    const all = taxonomyWith([{ key: 'user.content.notebook', label: 'Notebooks', description: 'Jupyter notebooks.' }]);
    expect(childrenOf('user.content', all).map((c) => c.key)).toContain('user.content.notebook');
  });

  it('isWithin agrees with the ancestor list for any dotted key', () => {
    const segment = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 6 }), fc.array(segment, { minLength: 1, maxLength: 6 }), (a, b) => {
        const key = a.join('.');
        const other = b.join('.');
        expect(isWithin(key, other)).toBe(key === other || ancestorsOf(key).includes(other));
      }),
      { numRuns: 10_000 },
    );
  });
});
