import type { z } from 'zod';
import type { ApiIssue } from '../../../shared/contract';

/** Field errors keyed by the content path the editor's fields use, e.g. "summary.endedAt". */
export type FieldErrors = Record<string, string>;

/** The back end names paths from the call's input ("content.summary.endedAt"); fields know content paths. */
export function fieldErrorsFromApi(issues: readonly ApiIssue[] | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues ?? []) {
    const path = issue.path.replace(/^content\.?/, '');
    errors[path] ??= issue.message;
  }
  return errors;
}

export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}

/** The first message, for the save-state line ("Not saved: …"). */
export function firstMessage(errors: FieldErrors): string | null {
  const first = Object.values(errors)[0];
  return first ?? null;
}
