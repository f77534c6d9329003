/**
 * A static server for a built site, like a plain static host: serves the
 * folder under a base path (`/` or e.g. `/cm/`) on 127.0.0.1 at a random free
 * port, `index.html` for directory paths, a 301 to the trailing-slash URL for
 * directories requested without it, and status 404 with the site's own
 * `404.html` for anything unknown.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { lookup } from 'mrmime';
import { resolveUrlPath } from './site.ts';

export interface StaticServer {
	/** e.g. http://127.0.0.1:40123 */
	origin: string;
	/** Base path served, e.g. `/` or `/cm/`. */
	base: string;
	/** Absolute URL of a path that includes the base. */
	url(urlPath: string): string;
	close(): Promise<void>;
}

const TEXT_TYPES = /^(text\/|application\/(javascript|json|xml|manifest\+json|ld\+json)|image\/svg\+xml)/;

export function contentType(file: string): string {
	const type = lookup(file) ?? 'application/octet-stream';
	return TEXT_TYPES.test(type) ? `${type}; charset=utf-8` : type;
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, status: number): void {
	const { size } = statSync(file);
	res.writeHead(status, {
		'content-type': contentType(file),
		'content-length': size,
		'cache-control': 'no-store',
		'x-content-type-options': 'nosniff',
	});
	if (req.method === 'HEAD') {
		res.end();
		return;
	}
	createReadStream(file).pipe(res);
}

export async function startStaticServer(dir: string, base = '/'): Promise<StaticServer> {
	const root = path.resolve(dir);
	const notFoundPage = path.join(root, '404.html');
	const server = createServer((req, res) => {
		try {
			if (req.method !== 'GET' && req.method !== 'HEAD') {
				res.writeHead(405, { allow: 'GET, HEAD' }).end();
				return;
			}
			const { pathname } = new URL(req.url ?? '/', 'http://localhost');
			const found = resolveUrlPath(root, base, pathname);
			if (found.ok) {
				sendFile(req, res, found.file, 200);
			} else if (found.redirectTo) {
				res.writeHead(301, { location: found.redirectTo, 'cache-control': 'no-store' }).end();
			} else if (existsSync(notFoundPage)) {
				sendFile(req, res, notFoundPage, 404);
			} else {
				res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found (the site has no 404.html)\n');
			}
		} catch (error) {
			res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		origin,
		base,
		url: (urlPath) => new URL(urlPath, origin).href,
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.closeAllConnections();
				server.close((err) => (err ? reject(err) : resolve()));
			}),
	};
}
