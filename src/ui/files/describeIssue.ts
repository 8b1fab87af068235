import type { TFunction } from 'i18next';
import type { DesignIssue } from '../../engine';

/** Params whose values are JSON type names ("string", "missing"): translated too, the rest stay verbatim. */
const TYPE_PARAMS = ['expected', 'got'] as const;

/**
 * Where a problem is, in the user's language: JSON paths stay verbatim (people search the file for them); the
 * placeholders for "the whole document", "the link" and a line/column are translated.
 */
export function issuePlace(t: TFunction, issue: DesignIssue): string {
  if (issue.params?.line !== undefined) return t('editor.issue.where.lineColumn', { line: issue.params.line, column: issue.params.column });
  if (issue.path === '(document)') return t('editor.issue.where.document');
  if (issue.path === 'link') return t('editor.issue.where.link');
  return issue.path;
}

/**
 * What the problem is, in the user's language: `editor.issue.<code>` with the issue's params (an `origin` or
 * `format` param picks a variant such as `_string` or `_regex` when there is one). A code without a translation (e.g. a check added to the engine
 * later) falls back to the engine's English message rather than showing a raw key.
 */
export function issueText(t: TFunction, issue: DesignIssue): string {
  if (!issue.code) return issue.message;
  const params: Record<string, string | number> = { ...issue.params };
  for (const key of TYPE_PARAMS) {
    const value = params[key];
    if (typeof value === 'string') params[key] = t(`editor.issue.type.${value}`, { defaultValue: value });
  }
  const variant = [params.origin, params.format].find((v): v is string => typeof v === 'string');
  return t(`editor.issue.${issue.code}`, { ...params, context: variant, defaultValue: issue.message });
}

export const describeIssue = (t: TFunction, issue: DesignIssue): string => `${issuePlace(t, issue)}: ${issueText(t, issue)}`;
