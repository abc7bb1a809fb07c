import { defineConfig } from 'vitest/config';

// `npm run test:cli`: the editor's commands (check, new, import, build, dev) run on throwaway
// copies of the project (tests/support/project-copy.ts), the growth test among them.
export default defineConfig({
  test: {
    include: ['tests/cli/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
