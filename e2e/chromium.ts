import { existsSync } from 'node:fs';

/**
 * Browser tests drive real headless Chromium. Playwright's own browser download is not needed: the first of
 * $CHROMIUM_PATH, /usr/bin/chromium, or Playwright's default browser is used.
 */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p));
}

export const QUIET_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** WebGL through SwiftShader on machines without a GPU. */
export const SOFTWARE_WEBGL_ARGS = ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--ignore-gpu-blocklist'];

/** PORT lets several checkouts run their browser tests side by side. */
export const PORT = Number(process.env.PORT ?? 4173);
