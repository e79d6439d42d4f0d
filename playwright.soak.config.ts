import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config';

/** The long memory soak (npm run test:soak): same browser and server as the browser tests, one long test. */
export default defineConfig({
  ...baseConfig,
  testIgnore: undefined,
  testMatch: '**/*.soak.ts',
  timeout: 45 * 60_000,
});
