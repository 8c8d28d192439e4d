#!/usr/bin/env node
// A small static server for end-to-end tests and the benchmark: serves the
// repository (dist/, dist-demo/, test/e2e/pages/, data/…) on 127.0.0.1 only.
//   node scripts/serve.mjs [port]            serve until stopped
//   import { serve } from './serve.mjs'      → { url, close() }
// A page whose path ends in `.csp.html` (a file or one of `options.pages`) is sent with a strict
// Content-Security-Policy header, like a government portal; one ending in
// `.tt.csp.html` also with Trusted Types enforced (only the CDN bundle's
// `jakarta-global-widgets` policy allowed), like a hardened portal.
// Files under a `cdn/`, `data/` or `assets/` folder are sent with
// `Access-Control-Allow-Origin: *`, as the README asks of hosts: module
// scripts, their chunks and data files are fetched with CORS, and from a
// sandboxed iframe (WordPress's oEmbed: `sandbox="allow-scripts"`) the
// request's origin is `null`.
// `options.pages` ({ '/path.html': '<!doctype html>…' }) serves extra files from memory.
// `options.headers(path)` may return extra response headers for a path (e.g. a
// host page's own Content-Security-Policy); they are added last, over the above.
// `options.compress` gzips text files (those of `options.pages` too) for
// clients that accept it, as any static host or CDN does (Lighthouse and the
// benchmark's network-throttled rows measure transfer sizes).
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The paths sent with `Access-Control-Allow-Origin: *`. */
export const CORS_PATH = /\/(cdn|data|assets)\//;

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

export const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types jakarta-global-widgets`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The policy a page's name asks for (`.csp.html`, `.tt.csp.html`), files and `options.pages` alike. */
function policyFor(path) {
  if (!path.endsWith('.csp.html')) return {};
  return { 'content-security-policy': path.endsWith('.tt.csp.html') ? TRUSTED_TYPES_CSP : STRICT_CSP };
}

/** Each compressed body, computed once per content (gzip -9 of a 250 KB file takes the server ~20 ms a request). */
const gzipped = new Map();

/** The body to send: gzipped (and `headers` told so) when `options.compress` and the client accepts it. */
function encode(path, body, headers, req, options) {
  if (!options.compress || !/^(text\/|application\/json|image\/svg)/.test(headers['content-type'])) return body;
  if (!/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) return body;
  let cached = gzipped.get(path);
  if (!cached || !cached.body.equals(body)) {
    cached = { body, gz: gzipSync(body, { level: 9 }) };
    gzipped.set(path, cached);
  }
  headers['content-encoding'] = 'gzip';
  headers.vary = 'Accept-Encoding';
  return cached.gz;
}

/**
 * Starts the server. `options.delayMs(path)` may return a delay for a path
 * (slow-network tests); `options.onRequest(path)` sees every request;
 * `options.headers(path)` adds response headers for a path;
 * `options.refuse(path)` answers 404 for a path while it returns true (after its delay).
 */
export function serve(port = 0, options = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    options.onRequest?.(path, req);
    if (options.refuse?.(path)) {
      const delay = options.delayMs?.(path) ?? 0;
      if (delay) await new Promise((r) => setTimeout(r, delay));
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('not found');
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const extra = options.pages?.[path];
    if (extra !== undefined) {
      const headers = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      const payload = encode(path, Buffer.from(extra), headers, req, options);
      res.writeHead(200, { ...headers, ...policyFor(path), ...options.headers?.(path) }).end(payload);
      return;
    }
    const file = normalize(join(ROOT, path));
    if (!file.startsWith(ROOT + '/')) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      const delay = options.delayMs?.(path) ?? 0;
      if (delay) await new Promise((r) => setTimeout(r, delay));
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      const payload = encode(path, body, headers, req, options);
      Object.assign(headers, policyFor(path));
      if (CORS_PATH.test(path)) headers['access-control-allow-origin'] = '*';
      Object.assign(headers, options.headers?.(path));
      res.writeHead(200, headers).end(payload);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      // Closing also ends the connections a browser keeps open (else close() waits for their timeout).
      const close = () =>
        new Promise((r) => {
          server.close(r);
          server.closeAllConnections();
        });
      resolvePromise({ url: `http://127.0.0.1:${actual}`, close, server });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await serve(Number(process.argv[2] ?? 8080));
  console.log(`serving ${ROOT} at ${url}/`);
}
