import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inject } from 'vitest';

export const DIST = process.env.E2E_DIST?.replace(/\/$/, '') ?? 'dist';

/** Every page of the built site (both scripts), as URL paths such as `/chapters/x/` and `/zh-hant/chapters/x/`. */
export function allPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!(dir === DIST && (name === '_astro' || name === 'pagefind'))) walk(path);
      } else if (name === 'index.html') {
        pages.push('/' + relative(DIST, dir).split('\\').join('/') + (dir === DIST ? '' : '/'));
      }
    }
  };
  walk(DIST);
  return pages.map((p) => p.replace(/^\/\//, '/')).sort();
}

export function origin(): string {
  return inject('origin');
}

export function url(path: string): string {
  return origin() + path;
}

/** A file-system-safe name for a screenshot of a path. */
export function shotName(path: string): string {
  return path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9-]+/gi, '_') || 'home';
}
