import { createServer, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

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
}

interface ServedFile {
  path: string;
  bytes: number;
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
  return info?.isFile() ? { path: candidate, bytes: info.size } : undefined;
}

/** Serves a folder over HTTP on the loopback interface. */
export function startStaticServer({
  root,
  port = 0,
  host = '127.0.0.1',
}: StaticServerOptions): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  const server: Server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    void resolveFile(absoluteRoot, urlPath).then((file) => {
      if (file === undefined || (request.method !== 'GET' && request.method !== 'HEAD')) {
        response.writeHead(file === undefined ? 404 : 405, {
          'content-type': 'text/plain; charset=utf-8',
        });
        response.end(file === undefined ? 'Not found' : 'Method not allowed');
        return;
      }
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[path.extname(file.path)] ?? 'application/octet-stream',
        // The viewer reads a small dataset on the page and hands a large one to a worker.
        'content-length': file.bytes,
        'x-content-type-options': 'nosniff',
        // A public site: other origins' pages load its modules and datasets (see docs/embedding.md).
        'access-control-allow-origin': '*',
        'cache-control': 'no-cache',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file.path).pipe(response);
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
