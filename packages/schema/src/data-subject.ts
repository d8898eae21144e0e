import { z } from 'zod';

/** The kinds of people data is about. */
export const DataSubjectSchema = z.enum([
  'user',
  'mentee',
  'mentor',
  'student',
  'minor',
  'parent_guardian',
  'teacher',
  'visitor',
  'customer',
]);
/** A kind of person data is about, e.g. `'minor'` or `'mentor'`. */
export type DataSubject = z.infer<typeof DataSubjectSchema>;
