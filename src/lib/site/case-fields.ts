// The case a form names, with no imports: the case form's script bundles this alone, so it must
// not pull in the schemas (and zod) that the views import.

/**
 * The case a form's fields name (`question id → answer id`), or undefined when an answer is
 * missing or unknown. The form on /choose/ sends these fields; the page it lands on opens the case.
 */
export function caseFromFields(
  questions: ReadonlyArray<{ id: string; answers: ReadonlyArray<{ id: string }> }>,
  fields: (name: string) => string | null | undefined,
): string[] | undefined {
  const ids = questions.map((question) => {
    const value = fields(question.id);
    return question.answers.find((answer) => answer.id === value)?.id;
  });
  return ids.every((id) => id !== undefined) && ids.length > 0 ? (ids as string[]) : undefined;
}
