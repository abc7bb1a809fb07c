// The states a source passes through, one type each:
// - `ParsedSource` (load-content.ts): the file read, its front matter parsed, nothing validated;
// - `ValidSource`: its whole front matter passed the schema (`SourceData`, schemas/source.ts), or
//   `SalvagedSource`: it did not, and only the parts that pass are kept for the rules to check;
// - `SourceRecord` (lib/site/views/evidence.ts): a valid source's slug and data, what the views take;
// - `SourceEntry` (data/catalog.ts): the collection entry the loader stored, what pages render.
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
