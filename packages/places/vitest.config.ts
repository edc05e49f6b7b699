import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The gazetteer decodes ~135k cities on first use: seconds on a busy two-core machine.
    testTimeout: 60_000,
  },
});
