// The case form, progressively: with this script, sending the form opens the case's own page at
// once, and the page the form is sent to (/choose/case/) forwards to it. Without it, the form
// lands on /choose/case/, which lists every case as a plain link. Markup contract: an element with
// `data-case-questions` (JSON: [{ id, answers: [{ id }] }]) and `data-case-base` (/choose/ with
// the base path), on the form (`data-case-form`) or on the landing page (`data-case-open`).
import { caseFromFields } from '../lib/site/case-fields.ts';

type Questions = Array<{ id: string; answers: Array<{ id: string }> }>;

const pathOf = (element: HTMLElement, fields: (name: string) => string | null): string | undefined => {
  const questions = JSON.parse(element.dataset.caseQuestions ?? '[]') as Questions;
  const ids = caseFromFields(questions, fields);
  return ids ? `${element.dataset.caseBase}${ids.join('/')}/` : undefined;
};

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-case-form]')) {
  form.addEventListener('submit', (event) => {
    const data = new FormData(form);
    const path = pathOf(form, (name) => data.get(name)?.toString() ?? null);
    if (!path) return;
    event.preventDefault();
    location.assign(path);
  });
}

const landing = document.querySelector<HTMLElement>('[data-case-open]');
if (landing) {
  const query = new URLSearchParams(location.search);
  const path = pathOf(landing, (name) => query.get(name));
  if (path) location.replace(path);
}
