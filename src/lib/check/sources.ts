// The states a source passes through in the check, one type each: read and parsed
// (`ParsedSource`, in load-content.ts), then validated whole (`ValidSource`) or, when its front
// matter failed its schema, reduced to the parts that pass (`SalvagedSource`). The site's
// `SourceRecord` (lib/site/views/evidence.ts) is a valid source's slug and data.
import type { SourceData } from '../../schemas/source.ts';
import type { ParsedSource } from './load-content.ts';

/** A source whose whole front matter passed its schema. */
export interface ValidSource {
  parsed: ParsedSource;
  data: SourceData;
  partial?: never;
}

/** A source whose front matter failed its schema, reduced to its valid parts so the rules still check them. */
interface SalvagedSource {
  parsed: ParsedSource;
  data: SourceData;
  partial: true;
}

/** What the rules check: every source whose front matter could be read. */
export type CheckedSource = ValidSource | SalvagedSource;
