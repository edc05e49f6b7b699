import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/build-next.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // Browser tests share one built app and each start their own server; run them one file at a time.
    fileParallelism: false,
    // Live sync across two browsers takes a moment on a busy 2-core machine.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
