// The address the site is published at, and the rule that a production build must be given one.

/** The address a build has when SITE_URL is not set; only dev servers and test builds may keep it. */
export const PLACEHOLDER_SITE = 'https://go-vs-rust.example';

/** The address of a build made to preview or test on this machine (`npm run build:local`, the tests, the bench): `astro preview`'s. */
export const LOCAL_SITE = 'http://localhost:4321';

/** The one sentence a production build without a real address fails with, or undefined when the address is real. */
export function siteAddressProblem(site: string | undefined): string | undefined {
  if (site && new URL(site).hostname !== new URL(PLACEHOLDER_SITE).hostname) return undefined;
  return `This production build would publish the placeholder address ${PLACEHOLDER_SITE} in canonical links, the sitemap, the RSS feed and the data files: set SITE_URL to the site's real address (SITE_URL=https://… npm run build), or run \`npm run build:local\` to build for this machine.`;
}
