import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { DECODED_LENGTH_HEADER } from '../viewer/dataset-download.js';
import { gzipCopyPath, isCurrentCopy } from './gzip-copy.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** The folder served; nothing outside it is ever read. */
  root: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Sent with every response, beside the server's own (the bench's cross-origin isolation). */
  headers?: Readonly<Record<string, string>>;
}

/** One form of a file on disk: the file itself, or its gzip copy (see gzip-copy.ts). */
interface StoredForm {
  path: string;
  bytes: number;
  /** Changes whenever the form is rewritten: its size and modification time. */
  entityTag: string;
}

interface ServedFile extends StoredForm {
  /** The modification time, to the second as HTTP dates go. */
  lastModified: string;
  gzipCopy: StoredForm | undefined;
}

const entityTag = (bytes: number, mtimeMs: number, form = ''): string =>
  `W/"${bytes.toString(16)}-${Math.floor(mtimeMs).toString(16)}${form}"`;

/** Whether an Accept-Encoding header takes gzip: named, or as `*`, with a weight above 0. */
function acceptsGzip(header: string | undefined): boolean {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [coding = '', ...parameters] = part.split(';').map((item) => item.trim().toLowerCase());
    const weight = parameters.find((parameter) => parameter.startsWith('q='));
    weights.set(coding, weight === undefined ? 1 : Number(weight.slice(2)));
  }
  const weight = weights.get('gzip') ?? weights.get('x-gzip') ?? weights.get('*') ?? 0;
  return weight > 0;
}

/** Whether the copy the browser holds, named by its validators, is the file as it is now. */
function isFresh(request: IncomingMessage, file: ServedFile, form: StoredForm): boolean {
  const tags = request.headers['if-none-match'];
  // A browser that sends both is answered on the tags alone (RFC 9110 §13.1.3).
  if (tags !== undefined)
    return tags
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .some((tag) => tag === '*' || tag === form.entityTag.replace(/^W\//, ''));
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && since >= Date.parse(file.lastModified);
}

async function resolveFile(root: string, urlPath: string): Promise<ServedFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = path.resolve(root, '.' + path.posix.normalize(decoded));
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isDirectory()) return resolveFile(root, path.posix.join(urlPath, 'index.html'));
  if (!info?.isFile()) return undefined;
  const copyPath = gzipCopyPath(candidate);
  const copy = await stat(copyPath).catch(() => undefined);
  return {
    path: candidate,
    bytes: info.size,
    entityTag: entityTag(info.size, info.mtimeMs),
    lastModified: info.mtime.toUTCString(),
    gzipCopy:
      copy !== undefined && isCurrentCopy(info, copy)
        ? {
            path: copyPath,
            bytes: copy.size,
            entityTag: entityTag(copy.size, copy.mtimeMs, '-gzip'),
          }
        : undefined,
  };
}

/** Serves a folder over HTTP on the loopback interface. */
export function startStaticServer({
  root,
  port = 0,
  host = '127.0.0.1',
  headers: extraHeaders = {},
}: StaticServerOptions): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  const server: Server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    void resolveFile(absoluteRoot, urlPath).then((file) => {
      if (file === undefined || (request.method !== 'GET' && request.method !== 'HEAD')) {
        response.writeHead(file === undefined ? 404 : 405, {
          'content-type': 'text/plain; charset=utf-8',
          ...extraHeaders,
        });
        response.end(file === undefined ? 'Not found' : 'Method not allowed');
        return;
      }
      const gzipped =
        file.gzipCopy !== undefined && acceptsGzip(request.headers['accept-encoding'])
          ? file.gzipCopy
          : undefined;
      const form = gzipped ?? file;
      const headers = {
        // A public site: other origins' pages load its modules and datasets (see docs/embedding.md).
        'access-control-allow-origin': '*',
        // Kept, and asked about again before each use: a reader who comes back downloads only
        // what has changed since (304 Not Modified for the rest, datasets included).
        'cache-control': 'no-cache',
        etag: form.entityTag,
        'last-modified': file.lastModified,
        // A cache between keeps each form for the browsers that asked for it.
        ...(file.gzipCopy === undefined ? {} : { vary: 'accept-encoding' }),
        ...extraHeaders,
      };
      if (isFresh(request, file, form)) {
        response.writeHead(304, headers);
        response.end();
        return;
      }
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[path.extname(file.path)] ?? 'application/octet-stream',
        'content-length': form.bytes,
        // The viewer reads a small dataset on the page and hands a large one to a worker, by
        // the size of its text; a page of another origin may read these two headers too.
        ...(gzipped === undefined
          ? {}
          : {
              'content-encoding': 'gzip',
              [DECODED_LENGTH_HEADER]: file.bytes,
              'access-control-expose-headers': `content-encoding, ${DECODED_LENGTH_HEADER}`,
            }),
        'x-content-type-options': 'nosniff',
        ...headers,
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(form.path).pipe(response);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address !== null ? address.port : port;
      resolve({
        url: `http://${host}:${actualPort}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
