import { defineConfig } from '@playwright/test';
import { chromiumPath, PORT, QUIET_ARGS, SOFTWARE_WEBGL_ARGS } from './e2e/chromium';

export default defineConfig({
  testDir: 'e2e',
  // The soak test is long; it has its own command and config (playwright.soak.config.ts).
  testIgnore: '**/*.soak.ts',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 900 },
    // The built site registers a service worker (offline use). Tests see the page as on a first visit, with no
    // worker serving or precaching; e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...QUIET_ARGS, ...SOFTWARE_WEBGL_ARGS],
    },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
