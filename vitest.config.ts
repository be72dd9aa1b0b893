import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { hantTablePlugin } from './scripts/vite-hant-table.mjs';

export default defineConfig({
  plugins: [hantTablePlugin()],
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup-fast-check.ts'],
  },
});
