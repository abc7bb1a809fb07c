/** True in `astro dev`, false in `astro build`: set by the content-integrity integration. */
declare const __SHOW_DRAFTS__: boolean;
