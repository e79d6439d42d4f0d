import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// base './' makes the built site work from any sub-path (e.g. GitHub Pages project pages).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
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
