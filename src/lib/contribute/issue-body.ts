/** A submitted issue form could not be read. The message says what is wrong and what to do. */
export class IssueBodyError extends Error {
  override name = 'IssueBodyError';
}

/** What GitHub writes for a form field left empty. */
const NO_RESPONSE = '_No response_';

/**
 * The answers of a submitted GitHub issue form. GitHub renders each answer as `### Label`, a blank line,
 * then the value (`_No response_` when empty). Returns label → answer, undefined for no answer.
 */
export function parseIssueBody(body: string): Map<string, string | undefined> {
  const text = body.replace(/\r\n?/g, '\n');
  const parts = text.split(/^###[ \t]+(.+?)[ \t]*$/m);
  if (parts.length < 3) {
    throw new IssueBodyError(
      'has no "### " headings, so it is not a submitted issue form — copy the issue body from the issue\'s "Edit" box (the Markdown), not from the page',
    );
  }
  const answers = new Map<string, string | undefined>();
  for (let index = 1; index < parts.length; index += 2) {
    const label = (parts[index] ?? '').trim();
    const value = (parts[index + 1] ?? '').trim();
    if (answers.has(label)) {
      throw new IssueBodyError(`has the heading "### ${label}" twice — keep one of them`);
    }
    answers.set(label, value === '' || value === NO_RESPONSE ? undefined : value);
  }
  return answers;
}
