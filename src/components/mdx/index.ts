// The components each kind of MDX file is rendered with: exactly the names the body policy
// allows it (src/lib/text/prose-only.ts), so a name the gate passed always has a component, and a
// component is never handed to a file whose policy does not list it.
import type { EDITORIAL_COMPONENTS, SOURCE_COMPONENTS } from '../../lib/text/prose-only.ts';
import Anchor from './Anchor.astro';
import CheckRating from './CheckRating.astro';
import Consensus from './Consensus.astro';
import EditorNote from './EditorNote.astro';
import EvidenceStrength from './EvidenceStrength.astro';
import SourceCount from './SourceCount.astro';
import Threshold from './Threshold.astro';
import DataFormatVersion from './DataFormatVersion.astro';
import LatestCorrection from './LatestCorrection.astro';
import Method from './Method.astro';
import Maintainers from './Maintainers.astro';
import PublisherLink from './PublisherLink.astro';
import SiteLink from './SiteLink.astro';
import SourceKindsList from '../SourceKindsList.astro';
import StanceBadge from '../StanceBadge.astro';

type ComponentsOf<Policy> = { readonly [Name in keyof Policy]: unknown };

export const SOURCE_BODY_COMPONENTS = { EditorNote } as const satisfies ComponentsOf<typeof SOURCE_COMPONENTS>;

export const EDITORIAL_BODY_COMPONENTS = {
  ...SOURCE_BODY_COMPONENTS,
  Consensus,
  SourceCount,
  EvidenceStrength,
  CheckRating,
  Threshold,
  Method,
  StanceBadge,
  SourceKindsList,
  LatestCorrection,
  DataFormatVersion,
  Maintainers,
  PublisherLink,
  SiteLink,
  Anchor,
} as const satisfies ComponentsOf<typeof EDITORIAL_COMPONENTS>;
