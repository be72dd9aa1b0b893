import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

/** Serves the built site once for the whole suite: dist/, or the folder named by E2E_DIST. */
export default async function setup(project: TestProject) {
  const root = process.env.E2E_DIST ?? new URL('../../../dist/', import.meta.url).pathname;
  const server = await serveStatic(root);
  project.provide('origin', server.origin);
  return server.close;
}
