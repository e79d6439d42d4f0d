import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config';

/**
 * The memory soak (npm run test:soak, run by CI after npm test): same browser and server as the browser tests, one
 * long test per experiment. The time limits keep a stuck soak inside CI's 90-minute budget: 27 minutes in all was
 * measured on a shared 2-core machine with software WebGL.
 */
export default defineConfig({
  ...baseConfig,
  testIgnore: undefined,
  testMatch: '**/*.soak.ts',
  timeout: 25 * 60_000,
  globalTimeout: 50 * 60_000,
});
