import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Serves `data/` (the dataset and its source documents) from the app's own origin under
 * `/data/`, in dev and in the build, so the app never needs another origin and `data/`
 * stays the single copy in the repository.
 */
export function datasetPlugin(root: string): Plugin {
  const dataDir = join(root, 'data');
  const files = () => [
    'iraq-drawdown.json',
    ...readdirSync(join(dataDir, 'sources')).map((f) => `sources/${f}`),
  ];
  return {
    name: 'drawdown-dataset',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const rel = path.replace(/^\/data\//, '');
        if (!path.startsWith('/data/') || !files().includes(rel)) return next();
        res.setHeader(
          'Content-Type',
          rel.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8',
        );
        res.end(readFileSync(join(dataDir, rel)));
      });
    },
    generateBundle() {
      for (const rel of files())
        this.emitFile({ type: 'asset', fileName: `data/${rel}`, source: readFileSync(join(dataDir, rel)) });
    },
  };
}

/** Dataset text is untrusted: the built page allows no inline script and no other origin. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Leaflet and recharts set inline style attributes; styles cannot run script.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // The parse worker is a same-origin module script; say so rather than fall back to script-src.
  "worker-src 'self'",
].join('; ');

/**
 * The policy a server sends as a header: the page's own, plus what a `<meta>` tag cannot
 * carry (`frame-ancestors`: no other site may frame the app). deploy/nginx.conf sends exactly
 * this; a test checks that it does.
 */
export const CSP_HEADER = `${CSP}; frame-ancestors 'none'`;

/** Adds the CSP to the built page only: the dev server needs an inline script for hot reload. */
export function cspPlugin(): Plugin {
  return {
    name: 'drawdown-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}
