import type { z } from 'zod';
import { BUILT_IN_DATA_CATEGORIES } from './data-category-taxonomy.js';
import { suggestion } from './did-you-mean.js';
import { formatDuration, isAlwaysLonger } from './duration.js';
import { isWithin, parentOf } from './data-category.js';
import { manifestIssue, type ManifestIssue } from './errors.js';
import type { PrivacyManifestShape } from './manifest-shape.js';
import { ServiceTypeSchema } from './recipient.js';
import { BUILT_IN_RETENTION_EVENTS } from './retention-rule.js';

type Shape = z.output<typeof PrivacyManifestShape>;
type Path = (string | number)[];

function duplicates<T>(items: readonly T[], keyOf: (item: T) => string, path: (i: number) => Path, what: string): ManifestIssue[] {
  const seen = new Map<string, number>();
  const issues: ManifestIssue[] = [];
  items.forEach((item, i) => {
    const key = keyOf(item);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else issues.push(manifestIssue('duplicate_key', path(i), `Duplicate ${what} "${key}" (first declared at index ${first})`));
  });
  return issues;
}

function unknown(code: string, path: Path, message: string): ManifestIssue {
  return manifestIssue(code, path, message);
}

/**
 * Checks what the field-by-field schema cannot: that every key a manifest mentions is declared, that
 * nothing is declared twice, and that nothing is declared for nothing. Returns every problem found,
 * each with its path; an empty list means the manifest is consistent.
 *
 * @param m - a manifest that passed the field-by-field shape (`PrivacyManifestShape`)
 * @returns every cross-reference problem, each with a `code`, `path`, `pathText` and `message`; `[]` when consistent
 * @example
 * import { crossReferenceIssues, PrivacyManifestShape } from '@priv/schema';
 *
 * const shape = PrivacyManifestShape.parse({
 *   version: '1.0.0', effectiveDate: '2026-05-12', controller: { name: 'Example School' }, contact: { email: 'privacy@example.com' },
 *   purposes: [{ key: 'provide_service', description: 'Run the school.' }],
 *   collections: [{ category: 'user.contact.email', purposes: ['marketing'], legalBases: ['contract'], source: 'data_subject', retention: [] }],
 * });
 * crossReferenceIssues(shape).map((issue) => issue.code); // ['unknown_reference']
 */
export function crossReferenceIssues(m: Shape): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  const builtInKeys = new Set<string>(BUILT_IN_DATA_CATEGORIES.map((c) => c.key));
  const categoryKeys = new Set<string>(builtInKeys);
  const purposeKeys = new Set(m.purposes.map((p) => p.key));
  const ruleKeys = new Set(m.retention.map((r) => r.key));
  const recipientKeys = new Set(m.recipients.map((r) => r.key));
  const eventKeys = new Set<string>([...Object.keys(BUILT_IN_RETENTION_EVENTS), ...m.events.map((e) => e.key)]);

  const namedCookies = m.cookies.flatMap((cookie, index) => (cookie.name === undefined ? [] : [{ cookie, index }]));
  issues.push(
    ...duplicates(
      m.categories,
      (c) => c.key,
      (i) => ['categories', i, 'key'],
      'category',
    ),
    ...duplicates(
      m.events,
      (e) => e.key,
      (i) => ['events', i, 'key'],
      'event',
    ),
    ...duplicates(
      m.purposes,
      (p) => p.key,
      (i) => ['purposes', i, 'key'],
      'purpose',
    ),
    ...duplicates(
      m.collections,
      (c) => c.category,
      (i) => ['collections', i, 'category'],
      'collection of category',
    ),
    ...duplicates(
      m.recipients,
      (r) => r.key,
      (i) => ['recipients', i, 'key'],
      'recipient',
    ),
    ...duplicates(
      namedCookies,
      (c) => `${c.cookie.storage ?? ''}:${c.cookie.name}`,
      (i) => ['cookies', namedCookies[i]?.index ?? i, 'name'],
      'cookie',
    ),
    ...duplicates(
      m.rights,
      (r) => r.right,
      (i) => ['rights', i, 'right'],
      'right',
    ),
    ...duplicates(
      m.retention,
      (r) => r.key,
      (i) => ['retention', i, 'key'],
      'retention rule',
    ),
  );

  m.events.forEach((e, i) => {
    if (e.key in BUILT_IN_RETENTION_EVENTS)
      issues.push(unknown('duplicate_key', ['events', i, 'key'], `"${e.key}" is a built-in event; do not declare it again`));
  });
  m.categories.forEach((c, i) => {
    if (builtInKeys.has(c.key)) {
      issues.push(unknown('duplicate_key', ['categories', i, 'key'], `"${c.key}" is a built-in category; pick a key of your own (e.g. under "${c.key}.")`));
    }
    categoryKeys.add(c.key);
  });
  m.categories.forEach((c, i) => {
    const parent = parentOf(c.key);
    if (parent !== undefined && !categoryKeys.has(parent)) {
      issues.push(
        unknown('unknown_reference', ['categories', i, 'key'], `The parent "${parent}" of "${c.key}" is neither built in nor declared in categories`),
      );
    }
  });

  const knownCategory = (key: string, path: Path) => {
    if (!categoryKeys.has(key))
      issues.push(
        unknown('unknown_reference', path, `Unknown data category "${key}": use a built-in key or declare it in categories${suggestion(key, categoryKeys)}`),
      );
  };
  const knownPurpose = (key: string, path: Path) => {
    // With no purpose declared at all, the one issue is at `purposes`; do not repeat it at every use.
    if (purposeKeys.size > 0 && !purposeKeys.has(key))
      issues.push(unknown('unknown_reference', path, `Purpose "${key}" is not declared in purposes${suggestion(key, purposeKeys)}`));
  };

  const referencedRules = new Set<string>();
  m.collections.forEach((c, i) => {
    knownCategory(c.category, ['collections', i, 'category']);
    c.purposes.forEach((p, j) => knownPurpose(p, ['collections', i, 'purposes', j]));
    c.retention.forEach((r, j) => {
      referencedRules.add(r);
      if (!ruleKeys.has(r))
        issues.push(
          unknown('unknown_reference', ['collections', i, 'retention', j], `Retention rule "${r}" is not declared in retention${suggestion(r, ruleKeys)}`),
        );
    });
    const bases = c.legalBases;
    if (bases !== undefined && !Array.isArray(bases)) {
      for (const purpose of Object.keys(bases)) {
        if (!c.purposes.includes(purpose)) {
          issues.push(
            unknown(
              'unknown_reference',
              ['collections', i, 'legalBases', purpose],
              `"${purpose}" is not one of this collection's purposes (${c.purposes.join(', ')}); a lawful basis is given per purpose of the collection${suggestion(purpose, c.purposes)}`,
            ),
          );
        }
      }
    }
  });

  const collected = m.collections.map((c) => c.category);
  const isCollected = (key: string) => collected.some((c) => isWithin(key, c) || isWithin(c, key));
  m.notCollected.forEach((key, i) => {
    knownCategory(key, ['notCollected', i]);
    const clash = collected.find((c) => isWithin(c, key));
    if (clash) issues.push(unknown('contradiction', ['notCollected', i], `"${key}" is declared not collected, but a collection collects "${clash}"`));
  });

  m.recipients.forEach((r, i) => {
    r.categories.forEach((key, j) => {
      knownCategory(key, ['recipients', i, 'categories', j]);
      if (categoryKeys.has(key) && !isCollected(key)) {
        issues.push(
          unknown('uncollected_category', ['recipients', i, 'categories', j], `Recipient "${r.key}" receives "${key}", which no collection collects`),
        );
      }
    });
    r.excludedCategories?.forEach((key, j) => {
      knownCategory(key, ['recipients', i, 'excludedCategories', j]);
      if (r.categories.some((c) => isWithin(c, key))) {
        issues.push(unknown('contradiction', ['recipients', i, 'excludedCategories', j], `Recipient "${r.key}" both receives and is excluded from "${key}"`));
      }
    });
    r.purposes?.forEach((p, j) => knownPurpose(p, ['recipients', i, 'purposes', j]));
    r.collectsDirectly?.forEach((key, j) => {
      if (r.excludedCategories?.some((x) => isWithin(key, x))) {
        issues.push(
          unknown('contradiction', ['recipients', i, 'collectsDirectly', j], `Recipient "${r.key}" both collects "${key}" directly and is excluded from it`),
        );
      }
    });
    if (r.enabledByDefault === true && r.optional !== true) {
      issues.push(
        unknown('contradiction', ['recipients', i, 'enabledByDefault'], 'enabledByDefault only applies to an optional recipient (set optional: true)'),
      );
    }
  });

  const commitmentKinds = new Set(m.commitments.map((c) => c.kind));
  if (commitmentKinds.has('no_cookies') && m.cookies.length > 0) {
    issues.push(
      unknown(
        'contradiction',
        ['commitments', m.commitments.findIndex((c) => c.kind === 'no_cookies'), 'kind'],
        `The manifest promises no cookies but lists ${m.cookies.length} in cookies`,
      ),
    );
  }
  if (commitmentKinds.has('no_sharing')) {
    m.recipients.forEach((r, i) => {
      if (r.role === 'independent_controller' || r.role === 'other_users') {
        issues.push(
          unknown(
            'contradiction',
            ['recipients', i, 'role'],
            `The manifest promises no sharing (commitment no_sharing), but "${r.key}" receives data as ${r.role.replace(/_/g, ' ')}`,
          ),
        );
      }
    });
  }
  m.rights.forEach((r, i) => {
    r.export?.parts.forEach((part, j) => part.categories?.forEach((key, k) => knownCategory(key, ['rights', i, 'export', 'parts', j, 'categories', k])));
    if (r.jurisdictions)
      issues.push(
        ...duplicates(
          r.jurisdictions,
          (x) => x,
          (j) => ['rights', i, 'jurisdictions', j],
          'jurisdiction',
        ),
      );
    issues.push(
      ...duplicates(
        r.channels,
        (c) => `${c.method} ${c.address ?? ''} ${c.location ?? ''}`,
        (j) => ['rights', i, 'channels', j],
        'channel',
      ),
    );
  });
  issues.push(
    ...duplicates(
      m.frameworks,
      (f) => f,
      (i) => ['frameworks', i],
      'framework',
    ),
  );
  issues.push(
    ...duplicates(
      m.commitments,
      (c) => c.kind,
      (i) => ['commitments', i, 'kind'],
      'commitment',
    ),
  );
  for (const which of ['material', 'minor'] as const) {
    const notice = m.notice?.[which];
    if (!notice) continue;
    issues.push(
      ...duplicates(
        notice.channels,
        (c) => c,
        (i) => ['notice', which, 'channels', i],
        'channel',
      ),
    );
    if (notice.mayUse)
      issues.push(
        ...duplicates(
          notice.mayUse,
          (c) => c,
          (i) => ['notice', which, 'mayUse', i],
          'channel',
        ),
      );
    notice.mayUse?.forEach((c, i) => {
      if (notice.channels.includes(c))
        issues.push(
          unknown('duplicate_key', ['notice', which, 'mayUse', i], `"${c}" is already a promised channel; list it in channels or in mayUse, not both`),
        );
    });
  }
  if (m.dataLocation?.storedIn)
    issues.push(
      ...duplicates(
        m.dataLocation.storedIn,
        (x) => x,
        (i) => ['dataLocation', 'storedIn', i],
        'jurisdiction',
      ),
    );
  m.purposes.forEach((p, i) => {
    if (p.parent === undefined) return;
    if (p.parent === p.key) issues.push(unknown('contradiction', ['purposes', i, 'parent'], `Purpose "${p.key}" cannot be its own parent`));
    else knownPurpose(p.parent, ['purposes', i, 'parent']);
  });

  m.cookies.forEach((c, i) => {
    if (c.provider !== 'first_party' && !recipientKeys.has(c.provider)) {
      issues.push(
        unknown('unknown_reference', ['cookies', i, 'provider'], `Cookie provider "${c.provider}" is neither "first_party" nor a declared recipient`),
      );
    }
  });

  m.retention.forEach((r, i) => {
    // Checked here rather than in RetentionRuleSchema so that @priv/retention, which validates a rule
    // on its own, can still report its own typed errors for these two (with the exact anchor date).
    if (r.minimum && r.period !== 'indefinite' && isAlwaysLonger(r.minimum, r.period)) {
      issues.push(
        unknown(
          'contradiction',
          ['retention', i, 'minimum'],
          `Keep at least ${formatDuration(r.minimum)} cannot fit in a rule that ends within ${formatDuration(r.period)}`,
        ),
      );
    }
    if (r.gracePeriod && r.period !== 'indefinite' && isAlwaysLonger(r.gracePeriod, r.period)) {
      issues.push(
        unknown(
          'contradiction',
          ['retention', i, 'gracePeriod'],
          `A grace period of ${formatDuration(r.gracePeriod)} is longer than the period of ${formatDuration(r.period)} it belongs to`,
        ),
      );
    }
    if (!eventKeys.has(r.anchor))
      issues.push(unknown('unknown_reference', ['retention', i, 'anchor'], `Unknown anchor event "${r.anchor}": use a built-in event or declare it in events`));
    if (!referencedRules.has(r.key))
      issues.push(unknown('unused_rule', ['retention', i, 'key'], `Retention rule "${r.key}" is not referenced by any collection`));
  });

  for (const [i, r] of m.recipients.entries()) {
    r.collectsDirectly?.forEach((key, j) => knownCategory(key, ['recipients', i, 'collectsDirectly', j]));
  }

  m.age?.minorRestrictedPurposes.forEach((p, j) => knownPurpose(p, ['age', 'minorRestrictedPurposes', j]));

  const services = new Set<string>(ServiceTypeSchema.options);
  m.redaction?.before.forEach((target, j) => {
    if (!recipientKeys.has(target) && !services.has(target)) {
      issues.push(unknown('unknown_reference', ['redaction', 'before', j], `"${target}" is neither a declared recipient key nor a service type`));
    }
  });
  return withoutRepeats(issues);
}

/**
 * One issue per cause: the same unknown key referenced from many places is reported once, at its
 * first use, saying how many other places use it.
 */
function withoutRepeats(issues: ManifestIssue[]): ManifestIssue[] {
  const first = new Map<string, { index: number; more: number }>();
  const kept: ManifestIssue[] = [];
  for (const issue of issues) {
    if (issue.code !== 'unknown_reference') {
      kept.push(issue);
      continue;
    }
    const seen = first.get(issue.message);
    if (seen) seen.more += 1;
    else {
      first.set(issue.message, { index: kept.length, more: 0 });
      kept.push(issue);
    }
  }
  for (const { index, more } of first.values()) {
    const issue = kept[index];
    if (issue && more > 0) kept[index] = manifestIssue(issue.code, issue.path, `${issue.message} (also used at ${more} other place${more === 1 ? '' : 's'})`);
  }
  return kept;
}
