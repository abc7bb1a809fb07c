// What a source body may hold: prose. Markdown and GFM (paragraphs, headings, lists, tables,
// emphasis, code, links), and nothing that runs or renders as live markup. The content check and
// the build's Markdown plugin both ask this module, so the rule has one home.

/** Link and image schemes a body may use, besides relative and in-page (#id) addresses. */
const BODY_URL_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];

/**
 * The longest paragraph (a run of non-blank lines) a body may hold, in characters. Far above any
 * real article's paragraph; below what makes the Markdown processor's smart punctuation slow.
 */
export const MAX_PARAGRAPH_CHARS = 20_000;

/** What kind of thing a body must not hold. */
type ProseProblemKind = 'esm' | 'expression' | 'markup' | 'url';

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

/** Why this node may not be in a body, or undefined when it may. */
export function proseProblem(node: ProseNode): ProseProblem | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return {
        kind: 'esm',
        message: 'the body has an import or export line, which MDX runs as JavaScript',
        hint: 'A body is prose, never code. To show such a line, put it in a fenced code block, or write its first letter as a character reference (&#105;mport, &#101;xport).',
      };
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      // A comment alone (`{/* … */}`, the placeholder `npm run new` writes) compiles to nothing.
      if (
        String(node.value ?? '')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .trim() === ''
      )
        return undefined;
      return {
        kind: 'expression',
        message: `the body has an expression {${String(node.value ?? '').slice(0, 40)}}, which MDX evaluates as JavaScript`,
        hint: 'Write \\{ for a literal { and \\} for }, or put the text in `code`.',
      };
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
    case 'html':
      return {
        kind: 'markup',
        message: `the body has markup (${markupName(node)}): a body holds no HTML or JSX elements`,
        hint: `Use Markdown instead (**bold**, _italic_, [text](https://…)). ${LITERAL_LT}`,
      };
    case 'link':
    case 'image':
    case 'definition': {
      const url = typeof node.url === 'string' ? node.url : '';
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
