/**
 * Helpers of the end-to-end browser tests: Debian Chromium through playwright-core, a static file
 * server on 127.0.0.1, and a recorder of console messages, page errors and network requests.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Chromium binary the tests drive (Debian's package; override with CHROMIUM_PATH). */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** `SKIP_BROWSER_TESTS=1` skips the browser tests on purpose; otherwise a missing Chromium fails them. */
export const SKIP_BROWSER = process.env['SKIP_BROWSER_TESTS'] === '1';

/** The message a run without Chromium fails with. */
export const MISSING_CHROMIUM = `Chromium not found at ${CHROMIUM_PATH}: run scripts/install-browser.sh (Debian: apt-get install chromium), or set SKIP_BROWSER_TESTS=1 to skip the browser tests`;

/** Whether the browser is installed. */
export function chromiumInstalled(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * Throws {@link MISSING_CHROMIUM} when the browser is not installed. Each browser test calls it first,
 * so a machine without Chromium shows every browser test as failed with that message (a failing
 * `beforeAll` would only mark them skipped).
 */
export function requireChromium(): void {
  if (!chromiumInstalled()) throw new Error(MISSING_CHROMIUM);
}

/** Launches headless Chromium (no sandbox: CI containers run as root). */
export async function launchChromium(): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** A running static server. */
export interface StaticServer {
  /** Base URL, e.g. `http://127.0.0.1:41234/`. */
  readonly url: string;
  /** Paths the server was asked for, in order. */
  readonly served: string[];
  /** Stops the server. */
  close(): Promise<void>;
}

/** Serves the files of `root` (GET only, no directory listing, nothing outside root) on 127.0.0.1, a random port. */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const served: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    served.push(path);
    const file = resolve(join(base, path === '/' ? 'index.html' : path));
    if (req.method !== 'GET' || !(file === base || file.startsWith(base + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    served,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** What a page did: console errors and warnings, uncaught errors, every request. */
export interface PageLog {
  /** `console.error` messages (CSP violations and failed loads land here too). */
  readonly consoleErrors: string[];
  /** `console.warn` messages. */
  readonly consoleWarnings: string[];
  /** Uncaught exceptions. */
  readonly pageErrors: string[];
  /** Every request URL (data: URLs included). */
  readonly requests: string[];
  /** Requests that were blocked because they left `allowedOrigin`. */
  readonly blocked: string[];
}

/**
 * Records what `page` does, and aborts every request that is not to `allowedOrigin` (or a data: URL),
 * so a test never reaches the network and can assert the page did not try to.
 */
export async function recordPage(page: Page, allowedOrigin: string | null): Promise<PageLog> {
  const log: PageLog = { consoleErrors: [], consoleWarnings: [], pageErrors: [], requests: [], blocked: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.consoleErrors.push(m.text());
    if (m.type() === 'warning') log.consoleWarnings.push(m.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || (allowedOrigin !== null && url.startsWith(allowedOrigin)) || (allowedOrigin === null && url.startsWith('file:'))) {
      await route.continue();
    } else {
      log.blocked.push(url);
      await route.abort('blockedbyclient');
    }
  });
  return log;
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!sig.every((b, i) => png[i] === b)) throw new Error('not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
