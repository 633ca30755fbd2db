import type { z } from 'zod';

const shownIssues = 5;

/** Turns zod's issues into one sentence a person can act on, e.g. `request.model: Choose a model`. */
export function summarizeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const parts = issues.slice(0, shownIssues).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = issues.length - shownIssues;
  if (more > 0) parts.push(`and ${more} more`);
  return parts.join('; ');
}
