import { codingIde, codementorAi } from '@priv/examples';
import { describe, expect, it } from 'vitest';
import { canCancelDeletion, compilePolicy, InvalidDateError } from '../src/index.js';

const grace = compilePolicy({
  timeZone: 'UTC',
  retention: [
    {
      key: 'grace',
      description: 'Recoverable for 7 days, gone within 30.',
      anchor: 'account_deleted',
      period: { days: 30 },
      gracePeriod: { days: 7 },
      bound: 'maximum',
      action: 'delete',
    },
    { key: 'logs', description: 'Logs: 14 days.', anchor: 'record_created', period: { days: 14 }, bound: 'maximum', action: 'delete' },
  ],
  collections: [
    { category: 'user.contact.email', retention: ['grace'] },
    { category: 'user.technical', retention: ['logs'] },
  ],
});
const deletedAt = new Date('2026-03-20T10:00:00Z');
const email = { categories: ['user.contact.email'], events: { account_deleted: deletedAt } };

describe('canCancelDeletion', () => {
  it('inside the grace period: cancellable until the end of the 7th day after the deletion (UTC)', () => {
    expect(canCancelDeletion(grace, [email], new Date('2026-03-20T10:00:01Z'))).toEqual({
      cancellable: true,
      until: new Date('2026-03-28T00:00:00Z'),
      rule: 'grace',
    });
    expect(canCancelDeletion(grace, [email], new Date('2026-03-27T23:59:59.999Z')).cancellable).toBe(true);
  });

  it('at the instant the grace period ends, and after it: not cancellable', () => {
    expect(canCancelDeletion(grace, [email], new Date('2026-03-28T00:00:00Z'))).toEqual({
      cancellable: false,
      reason: 'grace_period_over',
      until: new Date('2026-03-28T00:00:00Z'),
      rule: 'grace',
    });
    expect(canCancelDeletion(grace, [email], new Date('2027-01-01T00:00:00Z')).cancellable).toBe(false);
  });

  it('no grace period: records under rules without one, or a deletion not requested', () => {
    expect(
      canCancelDeletion(grace, [{ categories: ['user.technical'], events: { record_created: deletedAt, account_deleted: deletedAt } }], deletedAt),
    ).toEqual({ cancellable: false, reason: 'no_grace_period' });
    expect(canCancelDeletion(grace, [{ categories: ['user.contact.email'], events: {} }], deletedAt)).toEqual({
      cancellable: false,
      reason: 'no_grace_period',
    });
    expect(canCancelDeletion(grace, [], deletedAt)).toEqual({ cancellable: false, reason: 'no_grace_period' });
  });

  it('seed 004 (coding IDE) has a 7-day grace period; seed 000 (CodeMentor AI) has none', () => {
    const all = (m: typeof codingIde) =>
      m.collections.map((c) => ({
        categories: [c.category],
        events: { account_deleted: deletedAt, deletion_requested: deletedAt, record_created: deletedAt, account_created: deletedAt },
      }));
    const ide = canCancelDeletion(codingIde, all(codingIde), new Date('2026-03-21T00:00:00Z'));
    expect(ide.cancellable).toBe(true);
    expect(canCancelDeletion(codementorAi, all(codementorAi), new Date('2026-03-20T10:00:01Z'))).toEqual({ cancellable: false, reason: 'no_grace_period' });
  });

  it('a bad date is a typed error with its path', () => {
    expect(() => canCancelDeletion(grace, [email], new Date('nope'))).toThrow(InvalidDateError);
    expect(() =>
      canCancelDeletion(grace, [{ categories: ['user.contact.email'], events: { account_deleted: 'yesterday' as unknown as Date } }], deletedAt),
    ).toThrow(InvalidDateError);
  });
});
