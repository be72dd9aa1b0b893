import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { hantTablePlugin } from './scripts/vite-hant-table.mjs';
import { TEST_TIMEOUT } from './tests/helpers/timeouts';

export default defineConfig({
  plugins: [hantTablePlugin()],
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup-fast-check.ts', 'tests/setup-dom-waits.ts'],
    // Sized for a busy two-core machine; tests that start a process raise it further (tests/helpers/timeouts.ts).
    testTimeout: TEST_TIMEOUT,
    hookTimeout: TEST_TIMEOUT,
  },
});
