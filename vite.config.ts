import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content-Security-Policy meta in index.html holds for the built site. The dev server's hot-reload preamble is
 * an inline script, so in development only the tag is removed.
 */
function cspOnlyInBuild(): Plugin {
  return {
    name: 'csp-only-in-build',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<!-- Only this site's own files[\s\S]*?\/>\n/, ''),
  };
}

/**
 * Installable and offline (ui/offline/serviceWorker.ts): a web app manifest, and a Workbox service worker that
 * precaches the site — code, WebAssembly, fonts, the MNIST digits and classifier, the trained starts up to 4 MB
 * (the 6.3 MB MNIST trained start stays online-only) — with a revision per file, so a new deploy downloads only
 * what changed and replaces the old cache. The page registers it itself (no inline
 * script: the CSP forbids one). The benchmark page is left out.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'GAN Playground',
    short_name: 'GAN Playground',
    description: 'Train a Generative Adversarial Net live in your browser and watch both networks learn.',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d3557',
    icons: [
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{html,js,css,wasm,woff2,svg,png,webmanifest,json,bin,gz}'],
    // the MNIST trained start (6.3 MB) stays online-only
    globIgnores: ['bench.html', 'assets/bench-*', 'trained/mnist-*'],
    // the largest precached file is the MNIST digits' (1.65 MB gzip)
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    cleanupOutdatedCaches: true,
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/bench\.html/],
  },
});

// base './' makes the built site work from any sub-path (e.g. GitHub Pages project pages).
export default defineConfig({
  base: './',
  plugins: [react(), cspOnlyInBuild(), pwa],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // Fonts stay files (not data: URLs) so the CSP can allow fonts from this site only.
    assetsInlineLimit: (file: string) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
    // bench.html is the benchmark page: it measures the very code the app ships.
    rollupOptions: { input: { main: 'index.html', bench: 'bench.html' } },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
