/**
 * The page's files (static/: HTML, CSS, ES modules), read once at start and served from memory by
 * name: nothing else on disk can be asked for, and nothing comes from the internet (control-room
 * machines have none). No build step: what is in static/ is what the browser runs.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** Scripts and styles from this server only; no inline script, no framing by another site. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export const STATIC_DIR = fileURLToPath(new URL('./static/', import.meta.url));

export interface StaticFile {
  readonly body: Buffer;
  readonly contentType: string;
}

export class StaticFiles {
  private constructor(private readonly files: ReadonlyMap<string, StaticFile>) {}

  static async load(dir = STATIC_DIR): Promise<StaticFiles> {
    const files = new Map<string, StaticFile>();
    for (const name of await readdir(dir)) {
      const contentType = CONTENT_TYPES[extname(name)];
      if (contentType) files.set(name, { body: await readFile(`${dir}/${name}`), contentType });
    }
    if (!files.has('index.html')) throw new Error(`the dashboard's page is missing: no index.html in ${dir}`);
    return new StaticFiles(files);
  }

  /** Serves `/` (the page) or `/static/<name>`; false when the path is neither. */
  serve(path: string, response: ServerResponse, headOnly: boolean): boolean {
    const name = path === '/' || path === '/index.html' ? 'index.html' : path.startsWith('/static/') ? path.slice('/static/'.length) : undefined;
    const file = name === undefined ? undefined : this.files.get(name);
    if (!file) return false;
    response.writeHead(200, {
      'content-type': file.contentType,
      'content-length': String(file.body.length),
      // Revalidated on every load: an upgraded gateway's page is never mixed with an old script.
      'cache-control': 'no-cache',
      ...SECURITY_HEADERS,
    });
    response.end(headOnly ? undefined : file.body);
    return true;
  }
}
