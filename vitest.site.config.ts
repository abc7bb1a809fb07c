import { defineConfig } from 'vitest/config';

// `npm run test:site`: byte budgets and gates over the built site in dist/; `npm test` runs them
// right after `npm run build:local`.
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
