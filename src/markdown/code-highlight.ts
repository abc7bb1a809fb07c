// How code blocks in an article are highlighted: Shiki, with a theme whose colours are CSS
// variables and a transformer that turns each token's colour into a class. The site's strict
// Content-Security-Policy blocks style="" attributes, so Shiki's default inline colours would be
// dropped; classes keep the code coloured under the unchanged policy, and the colours themselves
// (light, dark, forced colours) live in src/styles/code.css.
//
// Why not @shikijs/transformers' transformerStyleToClass: its class names are hashes of the styles
// it has met, so its CSS is only known after every body has been rendered, and would have to be
// generated per build. Here the theme's palette is a fixed set of variables, so each class is
// named after its variable and the stylesheet is written once, by hand.
import type { AstroUserConfig } from 'astro';
import { createCssVariablesTheme, type ShikiTransformer } from 'shiki';

/** The prefix of the theme's variables; a token coloured `var(--code-token-keyword)` gets the class `code-token-keyword`. */
const VARIABLE_PREFIX = '--code-';

/** Shiki's theme: every colour is a CSS variable; no font styles, so a token's only style is its colour. */
const CODE_THEME = createCssVariablesTheme({
  name: 'site-code',
  variablePrefix: VARIABLE_PREFIX,
  fontStyle: false,
});

/** The one style Shiki gives a token with this theme: `color:var(--code-…)`. */
const TOKEN_STYLE = new RegExp(`^color:\\s*var\\((${VARIABLE_PREFIX}[a-z-]+)\\);?$`);

/** Why a style cannot become a class: it is not one of the theme's colours. */
export class CodeStyleError extends Error {
  override name = 'CodeStyleError';
}

/** The class that stands for a token's style, or an error naming the style (a style left in the page would be blocked). */
export function classForTokenStyle(style: string): string {
  const variable = TOKEN_STYLE.exec(style.trim())?.[1];
  if (!variable)
    throw new CodeStyleError(`a code token has the style "${style}", which has no class in the stylesheet`);
  return variable.slice(2);
}

/**
 * Moves every style Shiki writes into a class. The <pre>'s own style (the theme's background and
 * foreground, and Astro's overflow-x) is dropped: code.css styles every code block.
 */
const styleToClass: ShikiTransformer = {
  name: 'site:style-to-class',
  pre(node) {
    delete node.properties.style;
  },
  span(node) {
    const style = node.properties.style;
    if (typeof style !== 'string' || style === '') return;
    delete node.properties.style;
    this.addClassToHast(node, classForTokenStyle(style));
  },
};

/** The Markdown settings for code: read by the sources' body renderer and by @astrojs/mdx alike. */
export const CODE_HIGHLIGHT = {
  syntaxHighlight: 'shiki',
  shikiConfig: { theme: CODE_THEME, transformers: [styleToClass] },
} satisfies Pick<NonNullable<AstroUserConfig['markdown']>, 'syntaxHighlight' | 'shikiConfig'>;
