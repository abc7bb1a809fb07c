import { defineConfig } from 'vitest/config';

// `npm run test:unit`: pure functions and the command-line tools' logic, on fixtures. No build, no
// dev server, no browser, so it runs in seconds. Builds and browsers: vitest.cli.config.ts
// (`test:cli`), vitest.site.config.ts (`test:site`), playwright.config.ts (`test:e2e`).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // A few tests run a command-line tool as a child process: room for a busy machine.
    testTimeout: 30_000,
  },
});
