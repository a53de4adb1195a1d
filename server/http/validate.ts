import type { z } from 'zod';
import { AppError } from '../errors.ts';

/** Parses input with a contract schema; a failure is a 400 naming each bad field and what it must be. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError('BAD_REQUEST', describeIssues(result.error.issues).join('; '));
}

function describeIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): string[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    // A value that matches none of a union's forms: name what the nearest form lacks (`source.date: …`), not just
    // "Invalid input". The nearest form is the one with the fewest problems.
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const nearest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
      if (nearest.length > 0) return describeIssues(nearest, path);
    }
    return [path.length ? `${path.join('.')}: ${issue.message}` : issue.message];
  });
}
