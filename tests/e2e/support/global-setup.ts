import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

/** Serves dist/ once for the whole suite. */
export default async function setup(project: TestProject) {
  const server = await serveStatic(new URL('../../../dist/', import.meta.url).pathname);
  project.provide('origin', server.origin);
  return server.close;
}
