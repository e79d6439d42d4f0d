import { chromium, expect, test } from '@playwright/test';
import { chromiumPath, QUIET_ARGS } from './chromium';
import { api, openPlayground, status } from './helpers';

// A browser with WebGL switched off, as on a blocklisted or broken GPU driver.
test('without WebGL the page falls back to WebAssembly, says so, and trains', async ({ baseURL }) => {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    // --disable-webgl alone leaves WebGL on OffscreenCanvas (which TensorFlow.js prefers) working; without a GPU
    // process and its software rasteriser, no WebGL context of any kind can be created.
    args: [...QUIET_ARGS, '--disable-webgl', '--disable-3d-apis', '--disable-gpu', '--disable-software-rasterizer'],
  });
  try {
    const page = await browser.newPage({ baseURL, serviceWorkers: 'block' });
    await openPlayground(page);
    const s = await status(page);
    expect(s.backend).toBe('wasm');
    await expect(page.locator('[data-status="backend"]')).toHaveText('wasm');
    await expect(page.getByRole('status')).toContainText('The webgl backend could not start');
    await api(page, (g) => g.step(10));
    const after = await status(page);
    expect(after.step).toBe(10);
    expect(Number.isFinite(after.metrics.dLoss)).toBe(true);
  } finally {
    await browser.close();
  }
});
