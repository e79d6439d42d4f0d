import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

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

// base './' makes the built site work from any sub-path (e.g. GitHub Pages project pages).
export default defineConfig({
  base: './',
  plugins: [react(), cspOnlyInBuild()],
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
