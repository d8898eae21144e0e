import type { RedactionKind } from '@priv/schema';
import { z } from 'zod';

/**
 * The kinds of `@priv/schema`'s `RedactionKindSchema` (`email`, `phone`, `card`), restated here so that
 * a browser bundle of `@priv/redact` does not carry the whole schema package (about 8 KB gzipped):
 * the type below fails to compile, and a test fails, if the two lists ever differ.
 */
export const RedactionKindSchema = z.enum(['email', 'phone', 'card'] satisfies readonly RedactionKind[]);
// Compile-time check both ways: every schema kind is listed here.
const everyKindListed: readonly z.infer<typeof RedactionKindSchema>[] = [] as RedactionKind[];
void everyKindListed;
