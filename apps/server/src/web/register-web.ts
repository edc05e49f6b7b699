import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import next from 'next';

export interface WebOptions {
  /** Run Next in development mode (hot reload, no build needed). Default false. */
  dev?: boolean;
  /** Folder of the Next app; defaults to apps/web of this repository. */
  dir?: string;
}

export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web');

/** Paths the API and the sync server own; everything else belongs to the web app. */
export function isWebPath(url: string): boolean {
  const pathname = url.split('?', 1)[0] ?? '/';
  return !(
    pathname === '/api' ||
    pathname.startsWith('/api/') ||
    pathname === '/collab' ||
    pathname.startsWith('/collab/') ||
    pathname === '/healthz' ||
    pathname === '/readyz'
  );
}

/** True once `next build` has produced a production build of the app in `dir`. */
export function isWebBuilt(dir: string = WEB_DIR): boolean {
  return existsSync(path.join(dir, '.next', 'BUILD_ID'));
}

/**
 * Serves the Next.js app on the same origin as the API: every GET/HEAD request outside /api and
 * /collab goes to Next's request handler. Same origin means the session cookie and the WebSocket
 * need no CORS and no second port.
 */
export async function registerWeb(app: FastifyInstance, options: WebOptions = {}): Promise<void> {
  const dir = options.dir ?? WEB_DIR;
  const dev = options.dev ?? false;
  if (!dev && !isWebBuilt(dir)) {
    throw new Error(`the web app is not built: run \`npm run build -w @caravan/web\` (${dir})`);
  }
  // The app is built with webpack (serwist's service-worker plugin needs it). Saying so keeps a
  // custom server from defaulting to Turbopack, which makes serwist warn at every start.
  const nextApp = next({ dir, dev, quiet: true, webpack: true });
  await nextApp.prepare();
  const handle = nextApp.getRequestHandler();
  app.addHook('onClose', async () => {
    await nextApp.close();
  });

  const toNext = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (!isWebPath(request.url)) {
      reply.callNotFound();
      return;
    }
    reply.hijack();
    await handle(request.raw, reply.raw);
  };
  app.route({ method: ['GET', 'HEAD'], url: '/', handler: toNext });
  app.route({ method: ['GET', 'HEAD'], url: '/*', handler: toNext });
}
