import type { z } from 'zod';
import { AppError } from '../errors.ts';

/** Parses input with a contract schema; a failure is a 400 naming each bad field and what it must be. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
  throw new AppError('BAD_REQUEST', problems.join('; '));
}
