import { z } from 'astro/zod';
import { idSchema, textSchema } from './ids.ts';

/** One entry of `content/use-cases.yaml`: a situation a reader chooses a language for. */
export const useCaseSchema = z.strictObject({
  /** Kebab-case id that recommendations refer to in `useCase`, e.g. `web-services`. */
  id: idSchema,
  /** Short name shown on /choose/, e.g. "Web APIs and microservices". */
  title: textSchema,
  /** One sentence on which recommendations belong here, so editors sort them alike. */
  description: textSchema,
  /** Position on /choose/, lowest first. */
  order: z.number().int(),
});

export type UseCase = z.infer<typeof useCaseSchema>;
