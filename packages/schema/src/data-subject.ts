import type { z } from 'zod';
import { openList } from './open-list.js';

/** The built-in kinds of people data is about. */
export const BUILT_IN_DATA_SUBJECTS = [
  'user',
  'mentee',
  'mentor',
  'student',
  'minor',
  'parent_guardian',
  'guardian',
  'teacher',
  'visitor',
  'customer',
  'donor',
  'job_applicant',
  'employee',
] as const;

/** The kinds of people data is about: a built-in, or your own `x_...` value. */
export const DataSubjectSchema = openList(BUILT_IN_DATA_SUBJECTS, 'a data subject', 'A kind of person data is about.');
/** A kind of person data is about, e.g. `'minor'`, `'mentor'` or your own `'x_alumnus'`. */
export type DataSubject = z.infer<typeof DataSubjectSchema>;
