import { defineConfig } from 'vitest/config';

// Gates over the built site in dist/: `npm test` runs these right after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
