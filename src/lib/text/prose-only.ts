// What an MDX body may hold: prose (Markdown and GFM: paragraphs, headings, lists, tables,
// emphasis, code, links), MDX comments `{/* … */}`, and the site components a policy lists, with
// literal string props only. Nothing that runs, renders as live markup or leaves the site's
// addresses. The content check, the build's MDX plugins and the importer all ask this module, so
// the policy has one home: a file the check passes compiles, and one it refuses never reaches the
// MDX compiler.

import { mdxToMdast } from 'satteri';

/** Link and image schemes a body may use, besides relative and in-page (#id) addresses. */
const BODY_URL_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];

/**
 * The longest paragraph (a run of non-blank lines) a body may hold, in characters. Far above any
 * real article's paragraph; below what makes the Markdown processor's smart punctuation slow.
 */
export const MAX_PARAGRAPH_CHARS = 20_000;

/** What kind of thing a body must not hold. */
type ProseProblemKind = 'esm' | 'expression' | 'markup' | 'component' | 'url' | 'front-matter' | 'syntax';

/** Why a node is not prose, and how to write what was meant. */
export interface ProseProblem {
  kind: ProseProblemKind;
  message: string;
  hint: string;
}

/** The parts of an mdast node this module reads (plain Markdown and MDX nodes alike). */
export interface ProseNode {
  type: string;
  value?: unknown;
  name?: unknown;
  url?: unknown;
  attributes?: ReadonlyArray<{ type: string; name?: unknown; value?: unknown }>;
  children?: readonly unknown[];
}

/** A prop a site component takes: always a literal string, checked against `pattern` when given. */
interface PropRule {
  required: boolean;
  /** What the value must look like, e.g. an ISO date; the whole value must match. */
  pattern?: RegExp;
  /** How to write it, for the hint. */
  example: string;
}

/** A component a body may use, and what it takes. */
interface ComponentRule {
  props: Readonly<Record<string, PropRule>>;
  /** Whether it wraps prose (`<X>…</X>`) or stands alone (`<X />`). */
  children: boolean;
  /** What it shows, for the field reference. */
  shows: string;
}

/** The components a kind of MDX file may use, by name. */
export type ComponentPolicy = Readonly<Record<string, ComponentRule>>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * What a source body (contributed, so hostile until proven otherwise) may use: an editor's note
 * beside a passage, shown apart from the article's own words and listed with the corrections.
 */
export const SOURCE_COMPONENTS: ComponentPolicy = {
  EditorNote: {
    props: { date: { required: true, pattern: DAY, example: 'date="2026-12-05"' } },
    children: true,
    shows:
      "an editor's note beside a passage, set apart from the article's words, left out of search and listed on /corrections/",
  },
};

/**
 * What the site's own editorial pages (content/pages/, content/topics/; maintainers' files) may
 * use: the editor's note, and components that show a current figure from the rule book, so no
 * number in editorial prose goes stale. Still literal props only: trusted prose needs no code either.
 */
export const EDITORIAL_COMPONENTS: ComponentPolicy = {
  ...SOURCE_COMPONENTS,
  Consensus: {
    props: { topic: { required: true, pattern: ID, example: 'topic="performance"' } },
    children: false,
    shows: "the topic's consensus as the rule book counts it now: the verdict and the counts of sources behind it",
  },
  SourceCount: {
    props: { topic: { required: false, pattern: ID, example: 'topic="performance"' } },
    children: false,
    shows: 'how many sources are published, or with `topic`, how many take a side on it',
  },
  EvidenceStrength: {
    props: { topic: { required: true, pattern: ID, example: 'topic="performance"' } },
    children: false,
    shows: "how well the topic's claims are confirmed: the strength's word and the counts of checks behind it",
  },
  CheckRating: {
    props: {
      source: { required: true, pattern: ID, example: 'source="codism-go-vs-rust-2026"' },
      claim: { required: true, pattern: ID, example: 'claim="go-faster-builds"' },
    },
    children: false,
    shows: "a claim's fact-check rating, linked to the claim, e.g. “rated Misleading”",
  },
  Threshold: {
    props: {
      name: { required: true, pattern: /^(?:min-sources|agreement|strong-evidence)$/, example: 'name="min-sources"' },
    },
    children: false,
    shows:
      'a counting threshold of the rule book, in words: the fewest sources for a consensus, the share that must agree, the share of accurate checks for strong evidence',
  },
  // The method in the rule book's words, and the other live parts of /about/.
  Method: {
    props: {
      part: {
        required: true,
        pattern: /^(?:summary|discounted|consensus|contradictions|conditions|fragile|evidence)$/,
        example: 'part="consensus"',
      },
    },
    children: false,
    shows: 'one sentence of the counting method, written from the rule book',
  },
  StanceBadge: {
    props: { stance: { required: true, pattern: /^(?:go|rust|tie|depends|mixed|silent)$/, example: 'stance="go"' } },
    children: false,
    shows: "a stance's badge, as the site shows it",
  },
  SourceKindsList: {
    props: {},
    children: false,
    shows: 'the “Who is counted” section: which source kinds count as independent',
  },
  LatestCorrection: {
    props: {},
    children: false,
    shows: 'after “lists”: how many corrections the log holds and the day of the latest',
  },
  DataFormatVersion: { props: {}, children: false, shows: "the version of the data downloads' format" },
  Maintainers: {
    props: {},
    children: false,
    shows: 'who maintains the site, from package.json, each name linked where it has an address',
  },
  PublisherLink: {
    props: { to: { required: true, pattern: /^(?:repository|issues)$/, example: 'to="issues"' } },
    children: true,
    shows: "a link to the site's repository or issue tracker, from package.json, its address shown after the words",
  },
  /** A fixed id for the heading after it, so links to a section survive a change of its words. */
  Anchor: {
    props: { id: { required: true, pattern: ID, example: 'id="counting"' } },
    children: true,
    shows: 'a fixed id around a heading, so links to its section survive a change of its words',
  },
  /** A link to a page of this site, under whatever base path it is served from. */
  SiteLink: {
    props: { to: { required: true, pattern: /^[a-z0-9][a-z0-9./-]*(?:#[a-z0-9-]+)?$/, example: 'to="checks/"' } },
    children: true,
    shows: 'a link to a page of this site, under the base path it is served from',
  },
};

/** Which policy an MDX file is under, by its path relative to the project root (`/` separators). */
export function componentPolicyFor(file: string): ComponentPolicy {
  return /(?:^|\/)content\/(?:pages|topics)\/[^/]+\.mdx$/.test(file) ? EDITORIAL_COMPONENTS : SOURCE_COMPONENTS;
}

const LITERAL_LT = 'Write \\< for a literal < (for example Result\\<T, E>), or put the text in `code`.';

/**
 * Whether a body link or image address is allowed: relative, in-page, or one of BODY_URL_SCHEMES.
 * Read as a browser reads it: spaces and control characters are ignored, and a leading `//`
 * (or a backslash, which browsers treat as `/`) leaves the site, so it must say https:// instead.
 */
export function isAllowedBodyUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (/^[/\\]{2}/.test(cleaned)) return false;
  const scheme = /^([^/?#:]*):/.exec(cleaned)?.[1];
  if (scheme === undefined) return true;
  return BODY_URL_SCHEMES.includes(scheme.toLowerCase());
}

/** `<meta http-equiv=…>` → "<meta>"; a comment or anything else → its first characters. */
function markupName(node: ProseNode): string {
  if (typeof node.name === 'string') return `<${node.name}>`;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return 'a JSX fragment <>';
  const value = typeof node.value === 'string' ? node.value : '';
  const tag = /^<\/?([A-Za-z][\w:-]*)/.exec(value)?.[1];
  if (tag) return `<${tag}>`;
  if (value.startsWith('<!--')) return 'an HTML comment <!-- -->';
  return JSON.stringify(value.slice(0, 40));
}

/**
 * Whether an expression's code is only block comments and white space (an MDX comment), which MDX
 * compiles to nothing and the build's plugin removes before it compiles. Anything else left once
 * the comments are gone (a line comment, `-->`, a string) is code.
 */
export function isCommentOnly(code: string): boolean {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';
}

/** `<X a="1" b={…} {...c}>` → why it may not stand in a body under `components`, if it may not. */
function componentProblem(node: ProseNode, components: ComponentPolicy): ProseProblem | undefined {
  const name = typeof node.name === 'string' ? node.name : undefined;
  const rule = name !== undefined && Object.hasOwn(components, name) ? components[name] : undefined;
  const allowed = Object.keys(components)
    .map((key) => `<${key}>`)
    .join(', ');
  if (!rule) {
    const lower = name === undefined || /^[a-z]/.test(name);
    return {
      kind: lower ? 'markup' : 'component',
      message: lower
        ? `the body has markup (${markupName(node)}): a body holds no HTML elements`
        : `the body has a component <${name}> that is not one of the site's components (${allowed})`,
      hint: `Use Markdown instead (**bold**, _italic_, [text](https://…)), or one of ${allowed}. ${LITERAL_LT}`,
    };
  }
  const seen = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.name !== 'string')
      return {
        kind: 'expression',
        message: `the body has a spread {${String(attribute.value ?? '').slice(0, 40)}} in <${name}>, which MDX evaluates as JavaScript`,
        hint: `Give <${name}> its props as literal strings, e.g. ${Object.values(rule.props)[0]?.example ?? `<${name}>`}.`,
      };
    const prop = Object.hasOwn(rule.props, attribute.name) ? rule.props[attribute.name] : undefined;
    if (!prop)
      return {
        kind: 'component',
        message: `<${name}> has a prop ${attribute.name} it does not take (it takes ${Object.keys(rule.props).join(', ') || 'none'})`,
        hint: `Write it as ${
          Object.values(rule.props)
            .map((p) => p.example)
            .join(' ') || `<${name} />`
        }.`,
      };
    if (typeof attribute.value !== 'string')
      return {
        kind: 'expression',
        message:
          attribute.value === null || attribute.value === undefined
            ? `<${name}>'s prop ${attribute.name} has no value`
            : `<${name}>'s prop ${attribute.name} is an expression {${String((attribute.value as { value?: unknown }).value ?? '').slice(0, 40)}}, which MDX evaluates as JavaScript`,
        hint: `A prop is a literal string in quotes: ${prop.example}.`,
      };
    if (prop.pattern && !prop.pattern.test(attribute.value))
      return {
        kind: 'component',
        message: `<${name}>'s prop ${attribute.name}="${attribute.value.slice(0, 40)}" is not in the form it takes`,
        hint: `Write it like ${prop.example}.`,
      };
    seen.add(attribute.name);
  }
  if (!rule.children && (node.children?.length ?? 0) > 0)
    return {
      kind: 'component',
      message: `<${name}> stands alone and takes no text inside it`,
      hint: `Write it as <${name} … />.`,
    };
  const missing = Object.entries(rule.props).find(([key, prop]) => prop.required && !seen.has(key));
  if (missing)
    return {
      kind: 'component',
      message: `<${name}> is missing its prop ${missing[0]}`,
      hint: `Write it like <${name} ${missing[1].example}${rule.children ? '>…</' + name + '>' : ' />'}.`,
    };
  return undefined;
}

/** Why this node may not be in a body, or undefined when it may. */
export function proseProblem(
  node: ProseNode,
  components: ComponentPolicy = SOURCE_COMPONENTS,
): ProseProblem | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return {
        kind: 'esm',
        message: 'the body has an import or export line, which MDX runs as JavaScript',
        hint: 'A body is prose, never code. To show such a line, put it in a fenced code block, or write its first letter as a character reference (&#105;mport, &#101;xport).',
      };
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (isCommentOnly(String(node.value ?? ''))) return undefined;
      return {
        kind: 'expression',
        message: `the body has an expression {${String(node.value ?? '').slice(0, 40)}}, which MDX evaluates as JavaScript`,
        hint: 'Write \\{ for a literal { and \\} for }, or put the text in `code`. Only a comment {/* … */} may stand in braces.',
      };
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return componentProblem(node, components);
    case 'html':
      return {
        kind: 'markup',
        message: `the body has markup (${markupName(node)}): a body holds no HTML elements`,
        hint: `Use Markdown instead (**bold**, _italic_, [text](https://…)). ${LITERAL_LT}`,
      };
    case 'yaml':
    case 'toml':
      return {
        kind: 'front-matter',
        message: 'the body starts with a second front-matter block, which no reader of the page would see',
        hint: 'A file has one front matter, at its top. Move these fields into it, or start the body with text.',
      };
    case 'link':
    case 'image':
    case 'definition': {
      const url = typeof node.url === 'string' ? node.url : '';
      if (/[{}]/.test(url))
        return {
          kind: 'expression',
          message: `the body has a link to ${JSON.stringify(url.slice(0, 60))} with braces, which MDX without autolinks evaluates as an expression`,
          hint: 'Write the braces of an address percent-encoded (%7B, %7D), or put the address in `code`.',
        };
      if (isAllowedBodyUrl(url)) return undefined;
      const what = node.type === 'image' ? 'an image from' : 'a link to';
      return {
        kind: 'url',
        message: `the body has ${what} ${JSON.stringify(url.slice(0, 60))}: only ${BODY_URL_SCHEMES.join(', ')}, relative and in-page (#…) addresses are allowed`,
        hint: 'Link to the https:// address of the page (a protocol-relative //host address must say https:// too).',
      };
    }
    default:
      return undefined;
  }
}

/**
 * Elements that run code, load or frame other documents, or redirect or re-address the page.
 * Markdown never produces them from a body.
 */
const FORBIDDEN_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'form',
  'template',
  'portal',
]);

/** Why an HTML element the Markdown became may not be on a page, or undefined when it may. */
export function elementProblem(tag: string, attributes: Readonly<Record<string, unknown>>): ProseProblem | undefined {
  if (FORBIDDEN_ELEMENTS.has(tag.toLowerCase())) return proseProblem({ type: 'html', value: `<${tag}>` });
  for (const [name, value] of Object.entries(attributes)) {
    if (/^on/i.test(name)) return proseProblem({ type: 'html', value: `<${tag} ${name}>` });
    if (/^(?:href|src)$/i.test(name) && typeof value === 'string' && !isAllowedBodyUrl(value)) {
      return proseProblem({ type: tag === 'img' ? 'image' : 'link', url: value });
    }
  }
  return undefined;
}

/** The first paragraph (a run of non-blank lines) longer than `limit` characters: its 1-based
 * line in the body. Linear and without a parse, so it can run before the processor sees the body. */
export function oversizedParagraph(body: string, limit = MAX_PARAGRAPH_CHARS): number | undefined {
  let start = 1;
  let chars = 0;
  let line = 1;
  for (const text of body.split('\n')) {
    if (text.trim() === '') {
      chars = 0;
      start = line + 1;
    } else {
      chars += text.length + 1;
      if (chars > limit) return start;
    }
    line += 1;
  }
  return undefined;
}

/** A node of the MDX tree as `bodyProblems` walks it. */
interface TreeNode extends ProseNode {
  position?: { start?: { line?: number } };
  children?: TreeNode[];
}

/** A problem of a body, at its 1-based line in the text parsed (undefined: the whole body). */
export interface PlacedProseProblem extends ProseProblem {
  line: number | undefined;
}

/**
 * Every problem of a body read as MDX, the way `@astrojs/mdx` compiles it (GFM on, smart
 * punctuation off), in document order. A leading front-matter block in the body is a second one,
 * and refused. A body MDX cannot parse is refused with the parser's reason: the build could not
 * compile it either.
 */
export function bodyProblems(body: string, components: ComponentPolicy): PlacedProseProblem[] {
  let root: TreeNode;
  try {
    root = mdxToMdast(body, { features: { gfm: true, frontmatter: true, smartPunctuation: false } }) as TreeNode;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const at = /(\d+):(\d+)/.exec(reason);
    return [
      {
        kind: 'syntax',
        line: at ? Number(at[1]) : undefined,
        message: `the body is not valid MDX: ${reason.replace(/^\d+:\d+:\s*/, '').slice(0, 160)}`,
        hint: `${LITERAL_LT} Write \\{ for a literal {.`,
      },
    ];
  }
  const out: PlacedProseProblem[] = [];
  const seen = new Set<string>();
  const stack: TreeNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    const problem = proseProblem(node, components);
    if (problem) {
      const line = node.position?.start?.line;
      const key = `${line}:${problem.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ ...problem, line });
      }
    }
    const children = node.children ?? [];
    for (let at = children.length - 1; at >= 0; at--) stack.push(children[at]!);
  }
  return out;
}

/** A site component as a body uses it: its name, its literal props, its 1-based line in the body. */
export interface ComponentUse {
  name: string;
  props: Record<string, string>;
  line: number | undefined;
  /** The text inside it, markup dropped (only when asked for). */
  text: string;
}

/** Every component a body uses, in order (props that are not literal strings left out: the policy refuses them). */
export function componentUses(body: string, withText = false): ComponentUse[] {
  let root: TreeNode;
  try {
    root = mdxToMdast(body, { features: { gfm: true, frontmatter: true, smartPunctuation: false } }) as TreeNode;
  } catch {
    return []; // bodyProblems reports why
  }
  const uses: ComponentUse[] = [];
  const stack: TreeNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && typeof node.name === 'string') {
      const props: Record<string, string> = {};
      for (const attribute of node.attributes ?? [])
        if (typeof attribute.name === 'string' && typeof attribute.value === 'string')
          props[attribute.name] = attribute.value;
      uses.push({ name: node.name, props, line: node.position?.start?.line, text: withText ? plainText(node) : '' });
    }
    const children = node.children ?? [];
    for (let at = children.length - 1; at >= 0; at--) stack.push(children[at]!);
  }
  return uses;
}

/** An editor's note in a body: its date, its words as plain text, its 1-based line in the body. */
export interface EditorNoteText {
  date: string;
  text: string;
  line: number | undefined;
}

/** The text a node shows, markup dropped. */
function plainText(node: TreeNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(plainText).join(node.type === 'mdxJsxFlowElement' ? ' ' : '');
}

/** The editors' notes of a body, in order, for the corrections page. Cheap when there are none. */
export function editorNotes(body: string): EditorNoteText[] {
  if (!body.includes('<EditorNote')) return [];
  return componentUses(body, true)
    .filter((use) => use.name === 'EditorNote' && use.props.date !== undefined)
    .map((use) => ({ date: use.props.date!, text: use.text.replace(/\s+/g, ' ').trim(), line: use.line }));
}
