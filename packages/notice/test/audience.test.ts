import { codeRunner, codeRunnerInput } from '@priv/examples';
import { defineManifest } from '@priv/schema';
import { describe, expect, it } from 'vitest';
import { classifyChanges, diffManifests, NoticeInputError, selectAudience, type NoticeUser } from '../src/index.js';

const users: NoticeUser[] = [
  { id: 'coach-user', active: true, features: ['openrouter'] },
  { id: 'plain-user', active: true },
  { id: 'gone-user', active: false, features: ['openrouter'] },
];

// 001: AI coaching is optional and off by default; routing it through a second model provider
// touches only the people who turned it on.
const aiOnly = defineManifest({
  ...codeRunnerInput,
  version: 'seed-001b',
  effectiveDate: '2026-07-01',
  recipients: codeRunnerInput.recipients.map((r) => (r.key === 'openrouter' ? { ...r, categories: [...r.categories, 'user.account.username'] } : r)),
});

describe('selectAudience', () => {
  const changes = classifyChanges(diffManifests(codeRunner, aiOnly)).changes.filter((c) => c.classification === 'material');

  it('sees that the change concerns the optional AI coaching feature only', () => {
    expect(changes.map((c) => [c.kind, c.features])).toEqual([['recipient_receives_more', ['openrouter']]]);
  });

  it('tells every active account by default', () => {
    const audience = selectAudience(changes, users);
    expect(audience.mustTell.map((m) => m.userId)).toEqual(['coach-user', 'plain-user']);
    expect(audience.notTold).toEqual([{ userId: 'gone-user', reason: 'inactive' }]);
  });

  it('tells only users of the feature in affected mode', () => {
    const audience = selectAudience(changes, users, { mode: 'affected' });
    expect(audience.mustTell).toEqual([{ userId: 'coach-user', changes: ['recipients[2].categories'] }]);
    expect(audience.notTold).toEqual([
      { userId: 'plain-user', reason: 'not_affected' },
      { userId: 'gone-user', reason: 'inactive' },
    ]);
  });

  it('tells everyone active about a change that is not limited to a feature', () => {
    const everyone = defineManifest({ ...codeRunnerInput, version: 'x', effectiveDate: '2026-07-01', notCollected: [] });
    const all = diffManifests(codeRunner, everyone).changes;
    expect(selectAudience(all, users, { mode: 'affected' }).mustTell.map((m) => m.userId)).toEqual(['coach-user', 'plain-user']);
  });

  it('tells nobody when nothing changed', () => {
    expect(selectAudience([], users).mustTell).toEqual([]);
  });

  it('refuses a malformed user record with its path', () => {
    expect(() => selectAudience(changes, [{ id: '', active: true }])).toThrow(NoticeInputError);
    expect(() => selectAudience(changes, [users[0]!, { id: 'x', active: 'yes' } as never])).toThrow(
      expect.objectContaining({ code: 'invalid_user', pathText: 'users[1].active' }),
    );
  });
});
