import { expect, test } from '@playwright/test';
import { api, openPlayground, status, watchErrors } from './helpers';

interface HostileRow {
  name: string;
  query: string;
  /** Text the role="status" notice must contain (it names the offending key or value). */
  notice: string;
  /** Parameters that must hold afterwards (the bad value clamped or dropped). */
  params?: Record<string, number | string | boolean>;
}

const LONG = 'a'.repeat(10_000);

const ROWS: HostileRow[] = [
  { name: 'unknown key', query: '?foo=1', notice: 'Unknown parameter "foo"' },
  { name: 'wrong type', query: '?lrD=abc', notice: 'lrD must be a finite number', params: { lrD: 0.001 } },
  { name: 'NaN', query: '?lrG=NaN', notice: 'lrG must be a finite number', params: { lrG: 0.001 } },
  { name: 'Infinity', query: '?mu=Infinity', notice: 'mu must be a finite number', params: { mu: -1 } },
  { name: 'out of range', query: '?k=999', notice: 'k: clamped', params: { k: 20 } },
  { name: 'absurd layer size', query: '?hiddenD=100000000', notice: 'hiddenD', params: { hiddenD: '256' } },
  { name: 'absurd batch', query: '?batch=1e9', notice: 'batch: clamped', params: { batch: 2048 } },
  { name: 'malformed layers', query: '?hiddenG=4,,4', notice: 'hiddenG must be a comma-separated list', params: { hiddenG: '8' } },
  { name: '__proto__ key', query: '?__proto__[polluted]=1&__proto__=x', notice: 'Unknown parameter "__proto__' },
  { name: 'constructor key', query: '?constructor=1&toString=2', notice: 'Unknown parameter "constructor"' },
  { name: 'markup in a value', query: '?loss=<img src=x onerror="window.pwned=1">', notice: 'loss must be one of', params: { loss: 'nonsaturating' } },
  { name: 'markup in a key', query: '?<script>window.pwned=1</script>=1', notice: 'Unknown parameter "<script>' },
  { name: 'very long query', query: `?seed=5&pad=${LONG}`, notice: 'characters long', params: { seed: 5 } },
  { name: 'duplicate keys', query: '?seed=3&seed=4', notice: '"seed" was given more than once', params: { seed: 3 } },
  { name: 'unknown experiment', query: '?experiment=<b>nope</b>', notice: 'Unknown experiment "<b>nope</b>"' },
  { name: 'unknown preset', query: '?preset=nope', notice: 'Unknown preset "nope"' },
  { name: 'unknown backend', query: '?backend=<i>gpu</i>', notice: 'Unknown backend "<i>gpu</i>"' },
];

for (const row of ROWS) {
  test(`hostile link, ${row.name}: clamped or dropped, named in a notice, never HTML, and the page still trains`, async ({ page }) => {
    const errors = watchErrors(page);
    await openPlayground(page, row.query.replace(/[<>"[\] ]/g, (c) => encodeURIComponent(c)));
    await expect(page.getByRole('status')).toContainText(row.notice);
    if (row.params) expect(await api(page, (g) => g.getParams())).toMatchObject(row.params);
    const injected = await page.evaluate(() => ({
      pwned: (window as unknown as Record<string, unknown>).pwned,
      polluted: (Object.prototype as Record<string, unknown>).polluted,
      markup: document.querySelectorAll('img[src="x"], [onerror], #root script, .notices b, .notices i').length,
    }));
    expect(injected).toEqual({ pwned: undefined, polluted: undefined, markup: 0 });
    await api(page, (g) => g.step(3));
    const s = await status(page);
    expect(s.step).toBe(3);
    expect(s.error).toBeUndefined();
    expect(Number.isFinite(s.metrics.dLoss)).toBe(true);
    expect(errors).toEqual([]);
  });
}
