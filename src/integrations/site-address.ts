// A production build must know the address it is published at: the placeholder address would
// otherwise be written into every canonical link, the sitemap, the RSS feed and the data files.
// `astro dev` and `astro preview` may keep it; `npm run build:local` builds with a local address.
import type { AstroIntegration } from 'astro';
import { siteAddressProblem } from '../lib/site/site-address.ts';

export function requireSiteAddress(): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const problem = siteAddressProblem(config.site);
        if (!problem) return;
        const error = new Error(problem);
        error.name = 'SiteAddressError';
        error.stack = problem; // the sentence is the whole report; a stack trace would only bury it
        throw error;
      },
    },
  };
}
