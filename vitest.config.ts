import { defineConfig } from 'vitest/config';

// The unit tests cover src/lib and src/schemas, which import nothing from Astro, so plain
// Vitest suffices (getCollection() is empty under Vitest anyway; see docs/astro7 notes).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/budgets/**/*.test.ts'],
    environment: 'node',
  },
});
