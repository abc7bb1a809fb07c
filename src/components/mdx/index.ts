// The components each kind of MDX file is rendered with: exactly the names the body policy
// allows (src/lib/text/prose-only.ts), so a name the gate passed always has a component, and a
// component is never handed to a file whose policy does not list it.
import type { EDITORIAL_COMPONENTS, SOURCE_COMPONENTS } from '../../lib/text/prose-only.ts';
import EditorNote from './EditorNote.astro';

type ComponentsOf<Policy> = { readonly [Name in keyof Policy]: unknown };

export const SOURCE_BODY_COMPONENTS = { EditorNote } as const satisfies ComponentsOf<typeof SOURCE_COMPONENTS>;
