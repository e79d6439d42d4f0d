import { expect, test } from '@playwright/test';
import { api, openPlayground, status } from './helpers';

// Hover read-outs: what a student reads by pointing at (or keyboard-focusing) the z → x map, the 2-D plot and the
// MNIST grids.
test('hover on the z → x map reads z and G(z), also from the keyboard; scrubbing marks the step on the metric charts', async ({ page }) => {
  await openPlayground(page);
  await api(page, (g) => g.step(10));
  await api(page, (g) => g.step(10));
  const mapping = page.locator('[data-panel="mapping"]');
  const readout = mapping.locator('[data-hover="mapping"]');
  await mapping.locator('rect.hover-target').hover({ position: { x: 300, y: 40 } });
  await expect(readout).toHaveText(/^z = -?\d+\.\d{3} → G\(z\) = -?\d+\.\d{3}$/);
  await expect(mapping.locator('line.hover')).toHaveCount(1);
  // Keyboard: focus the chart, → reads the first line and is not the page's "one training step".
  await page.mouse.move(0, 0);
  await mapping.locator('svg').focus();
  await page.keyboard.press('ArrowRight');
  await expect(readout).toHaveText(/^z = -?\d/);
  expect((await status(page)).step).toBe(20);

  const markers = page.locator('[data-panel="losses"] .scrub-marker, [data-panel="divergence"] .scrub-marker');
  await expect(markers).toHaveCount(0);
  await page.locator('#timeline-slider').fill('0');
  const shown = Number((await page.locator('[data-status="timeline-step"]').textContent())!.replace('viewing step ', ''));
  await expect(page.locator('[data-panel="losses"] .scrub-marker')).toHaveAttribute('data-marker-step', String(shown));
  await expect(page.locator('[data-panel="divergence"] .scrub-marker')).toHaveAttribute('data-marker-step', String(shown));
  // The rule sits inside the plot (even for a frame older than the first recorded loss), left of its right edge.
  const ruleX = Number(await page.locator('[data-panel="losses"] .scrub-marker line').getAttribute('x1'));
  expect(shown).toBeLessThan(20);
  expect(ruleX).toBeGreaterThanOrEqual(0);
  expect(ruleX).toBeLessThan(570);
  await page.locator('[data-action="timeline-live"]').click();
  await expect(markers).toHaveCount(0);
});

test('hover on the 2-D plot reads D(x) and names the nearest sample', async ({ page }) => {
  await openPlayground(page, '?experiment=toy2d&seed=3');
  await api(page, (g) => g.step(5));
  const scatter = page.locator('[data-panel="scatter"]');
  const svg = scatter.locator('svg.focusable-chart');
  const readout = scatter.locator('[data-hover="scatter"]');
  // Point at the first real dot: its path starts "M<x>,<y>h0" in plot units (margins 48 left, 12 top; 560 wide).
  const d = (await scatter.locator('path.real').getAttribute('d'))!;
  const [, dx, dy] = /^M(-?[\d.]+),(-?[\d.]+)h0/.exec(d)!.map(Number);
  const box = (await svg.boundingBox())!;
  const scale = box.width / 560;
  await svg.hover({ position: { x: (dx + 48) * scale, y: (dy + 12) * scale } });
  await expect(readout).toHaveText(/D\(x\) = \d\.\d{3} · (real|generated) sample at \(-?\d+\.\d{2}, -?\d+\.\d{2}\)$/);
  await expect(scatter.locator('g.hover circle')).toHaveCount(2);
  // Keyboard: focus the plot and move the cursor; → must not train.
  await page.mouse.move(0, 0);
  await svg.focus();
  await page.keyboard.press('ArrowRight');
  await expect(readout).toHaveText(/^x -?\d+\.\d{2}, y -?\d+\.\d{2} · D\(x\) = /);
  expect((await status(page)).step).toBe(5);
});

test('hover on the MNIST grids names the digit and reads D(x); the class bars read their share', async ({ page }) => {
  await openPlayground(page, '?experiment=mnist&seed=2');
  await api(page, (g) => g.step(2));
  const samples = page.locator('[data-panel="samples"]');
  // The grid is 8 × 8 digits: the point 2.5 digits across and 1.5 down is digit 11 (row 2, column 3).
  const area = samples.locator('.digit-hover-area').first();
  const box = (await area.boundingBox())!;
  await area.hover({ position: { x: (box.width * 2.5) / 8, y: (box.height * 1.5) / 8 } });
  await expect(samples.locator('[data-hover="samples"]')).toHaveText(/^generated sample 11 \(row 2, column 3\) · D\(x\) = \d\.\d{3}$/);
  const sample11 = (await samples.locator('[data-hover="samples"]').textContent())!;
  const shown = Number(/D\(x\) = ([\d.]+)/.exec(sample11)![1]);
  expect(shown).toBeGreaterThanOrEqual(0);
  expect(shown).toBeLessThanOrEqual(1);
  const real = samples.locator('.digit-hover-area').nth(1);
  await real.hover({ position: { x: 5, y: 5 } });
  await expect(samples.locator('[data-hover="real"]')).toHaveText(/^real digit 1 \(row 1, column 1\) · D\(x\) = \d\.\d{3}$/);
  // Class 0's column, whatever its bar's height (an empty class must be readable too).
  await page.locator('[data-panel="classes"] rect.class-column[data-digit="0"]').hover();
  await expect(page.locator('[data-hover="classes"]')).toHaveText(/^generated digits classed as 0: \d+ of 1000 \(\d+\.\d%\)$/);
});

/** Records every requestFullscreen call (then lets the browser decide), as the page can't be asked if it went. */
