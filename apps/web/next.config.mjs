// @ts-check
import withSerwistInit from '@serwist/next';

const withSerwist = withSerwistInit({
  swSrc: 'src/sw/sw.ts',
  swDest: 'public/sw.js',
  // Reloading on reconnect would throw away the live document state the user is looking at.
  reloadOnOnline: false,
  cacheOnNavigation: true,
  // Registered by components/register-service-worker.tsx once the page has settled.
  register: false,
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Workspace packages export TypeScript source; Next compiles them with the app.
  transpilePackages: ['@caravan/core', '@caravan/places', '@caravan/planner'],
  // The Caravan server runs Next in its own process and already holds yjs for the sync server.
  // Bundling a second copy into the server build makes Yjs warn "Yjs was already imported" and
  // breaks constructor checks between the two; load the one from node_modules instead.
  serverExternalPackages: ['yjs'],
  reactStrictMode: true,
  poweredByHeader: false,
  // Type-checking and lint run in CI through `tsc` and `eslint`; skipping them here halves build time.
  typescript: { ignoreBuildErrors: true },
  images: { unoptimized: true },
  // CARAVAN_WEB_SOURCE_MAPS=1 builds browser source maps, for profiling (bench/web/profile.ts).
  productionBrowserSourceMaps: process.env.CARAVAN_WEB_SOURCE_MAPS === '1',
  // The planner's source imports its own modules as `./x.js` (Node ESM style) while the files are
  // `.ts`; let webpack find them the way TypeScript does.
  webpack: (config) => {
    config.resolve.extensionAlias = {
      ...config.resolve.extensionAlias,
      '.js': ['.ts', '.tsx', '.js'],
    };
    return config;
  },
};

export default withSerwist(nextConfig);
