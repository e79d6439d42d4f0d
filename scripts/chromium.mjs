// Where the tests and the benchmark find Chromium, and how they start it. Playwright's own browser download is
// not needed: the first of $CHROMIUM_PATH, /usr/bin/chromium, or Playwright's default browser is used.
import { existsSync } from 'node:fs';

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((p) => !!p);
  return candidates.find((p) => existsSync(p));
}

/** No background traffic: the machine may have no network at all. */
export const QUIET_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * WebGL through SwiftShader on machines without a GPU, with the page painted and composited on the CPU — what
 * Chromium itself does where it has no usable GPU. With `--ignore-gpu-blocklist` alone it would also rasterise the
 * page and composite every screen update through SwiftShader, on the same GPU thread as WebGL: a trace of the 1-D
 * experiment while playing showed that thread 85% busy, 73% of it in the compositor's SwapBuffers, so that every
 * panel redraw queued in front of training (docs/live-loop.md).
 */
export const SOFTWARE_WEBGL_ARGS = [
  '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--ignore-gpu-blocklist',
  '--disable-gpu-rasterization', '--disable-gpu-compositing',
];

export const CHROMIUM_ARGS = [...QUIET_ARGS, ...SOFTWARE_WEBGL_ARGS];
