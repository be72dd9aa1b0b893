import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// The end-to-end suite: the built site (dist/) in real headless Chromium. Run it through `npm run test:e2e`,
// which checks for a browser and builds the site first.
export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    reporters: ['verbose'],
  },
});
