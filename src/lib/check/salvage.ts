import { z } from 'astro/zod';
import { sourceFieldsSchema, type SourceData } from '../../schemas/source.ts';
import { arrayElement } from './zod-shape.ts';

type AnySchema = z.core.$ZodType;
const LISTS = new Set(['claims', 'tables', 'faqs']);

/**
 * The valid parts of front matter that failed its schema, so the integrity rules can still check
 * them and an editor sees every problem at once, not only the shape errors. Each field is parsed on
 * its own; in `claims`, `tables` and `faqs` each entry is, and an invalid entry is left as a hole
 * so the others keep their index (the rules skip holes). Returns undefined for non-objects.
 */
export function salvageSource(data: unknown): SourceData | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const input = data as Record<string, unknown>;
  const shape = (sourceFieldsSchema._zod.def as unknown as { shape: Record<string, AnySchema> }).shape;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const value = input[key];
    const element = LISTS.has(key) ? arrayElement(field) : undefined;
    if (element && Array.isArray(value)) {
      const list: unknown[] = [];
      value.forEach((entry, index) => {
        const parsed = z.safeParse(element, entry);
        if (parsed.success) list[index] = parsed.data;
      });
      list.length = value.length;
      out[key] = list;
      continue;
    }
    const parsed = z.safeParse(field, value);
    if (parsed.success) out[key] = parsed.data;
    else {
      const fallback = z.safeParse(field, undefined);
      if (fallback.success) out[key] = fallback.data;
      else if (element) out[key] = [];
    }
  }
  return out as SourceData;
}
