import { basename } from 'node:path';
import { bodyProblems, componentUses, EDITORIAL_COMPONENTS, type ComponentUse } from '../../text/prose-only.ts';
import { unknownIdHint } from '../suggest.ts';
import { defineRule, type RuleContext } from './define-rule.ts';

/** Why a component's ids name nothing the content has, or undefined when they all exist. */
function missingId(use: ComponentUse, context: RuleContext): { message: string; hint: string } | undefined {
  const topics = context.topics.map((topic) => topic.id);
  const topic = use.props.topic;
  if (topic !== undefined && !topics.includes(topic))
    return {
      message: `<${use.name}> names the topic "${topic}", which content/topics.yaml does not have`,
      hint: unknownIdHint(topic, topics, 'topics'),
    };
  if (use.name !== 'CheckRating') return undefined;
  const slugs = context.sources.map((source) => source.parsed.slug);
  const source = context.sources.find((candidate) => candidate.parsed.slug === use.props.source);
  if (!source)
    return {
      message: `<CheckRating> names the source "${use.props.source}", which content/sources/ does not have`,
      hint: unknownIdHint(use.props.source ?? '', slugs, 'sources'),
    };
  // A salvaged source's lists may have holes where an item failed its schema.
  const all = (source.data.claims ?? []).filter(Boolean);
  const claims = all.map((claim) => claim.id);
  const claim = all.find((candidate) => candidate.id === use.props.claim);
  if (!claim)
    return {
      message: `<CheckRating> names the claim "${use.props.claim}", which ${source.parsed.file} does not have`,
      hint: unknownIdHint(use.props.claim ?? '', claims, 'claims'),
    };
  if (!claim.check)
    return {
      message: `<CheckRating> names the claim "${claim.id}", which has no fact-check to show`,
      hint: 'Name a claim with a check, or add its fact-check first.',
    };
  return undefined;
}

/** The site's editorial MDX pages hold only what the policy allows, and every id they name exists. */
export const editorialPagesRule = defineRule(
  {
    name: 'editorial-pages',
    description:
      "The site's own MDX pages (content/pages/*.mdx, and content/topics/<topic id>.mdx for a topic's editors' summary) are prose with the site's components and literal string props only, and every topic, source or claim a component names exists (a claim shown by <CheckRating> has a fact-check).",
  },
  (context, report) => {
    const topics = context.topics.map((topic) => topic.id);
    for (const page of context.each(context.content.editorial ?? [])) {
      if (page.refusal) {
        report({
          at: page.file,
          ...(page.refusal.line ? { line: page.refusal.line } : {}),
          message: page.refusal.message,
          hint: page.refusal.hint,
        });
        continue;
      }
      const at = (line: number | undefined) => (line === undefined ? {} : { line: page.bodyLine + line - 1 });
      const summaryOf = /^content\/topics\//.test(page.file) ? basename(page.file, '.mdx') : undefined;
      if (summaryOf !== undefined && !topics.includes(summaryOf))
        report({
          at: page.file,
          message: `the summary is for the topic "${summaryOf}", which content/topics.yaml does not have`,
          hint: `Name the file after a topic id. ${unknownIdHint(summaryOf, topics, 'topics')}`,
        });
      const problems = bodyProblems(page.body, EDITORIAL_COMPONENTS);
      for (const problem of problems)
        report({ at: page.file, ...at(problem.line), message: problem.message, hint: problem.hint });
      if (problems.length) continue;
      for (const use of componentUses(page.body)) {
        const missing = missingId(use, context);
        if (missing) report({ at: page.file, ...at(use.line), ...missing });
      }
    }
  },
);
