import type { z } from 'astro/zod';

type AnySchema = z.core.$ZodType;

interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  element?: AnySchema;
}

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;

/**
 * Peels the wrappers that do not change a field's shape (optional, default, prefault, nullable,
 * and a transform's input side) down to the schema that does, noting whether the field may be
 * left out. Used wherever we read the schemas themselves: error hints, docs, salvage.
 */
export function unwrapSchema(schema: AnySchema): { core: AnySchema; optional: boolean } {
  let core = schema;
  let optional = false;
  for (let i = 0; i < 10; i++) {
    const def = defOf(core);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') optional = true;
    if (def.innerType) core = def.innerType;
    else if (def.type === 'pipe' && def.in) core = def.in;
    else break;
  }
  return { core, optional };
}

/** The element schema of a (possibly wrapped) array schema, or undefined for anything else. */
export function arrayElement(schema: AnySchema): AnySchema | undefined {
  const def = defOf(unwrapSchema(schema).core);
  return def.type === 'array' ? def.element : undefined;
}
