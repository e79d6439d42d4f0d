// Compare (issue 14): run B is run A with one setting changed, trained in lockstep, and every panel shows both.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { api, openPlayground, status, watchErrors } from './helpers';

async function downloadOf(page: Page, action: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-action="${action}"]`).click()]);
  return { name: download.suggestedFilename(), text: (await readFile(await download.path())).toString('utf8') };
}

const LINK = '?experiment=gaussian1d&preset=saturating&compare=loss:nonsaturating';

test('a compare link trains A and B in lockstep, B differing only in the named key, and the page shows both', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await openPlayground(page, LINK);
  let s = await status(page);
  expect(s.compare).toBeDefined();
  expect(s.compare?.step).toBe(0);

  await api(page, (g) => g.step(20));
  const tensors = (await status(page)).numTensors;
  await api(page, (g) => g.step(20));
  s = await status(page);
  expect(s.step).toBe(40);
  expect(s.compare?.step).toBe(40);
  // both runs release every per-step tensor
  expect(s.numTensors).toBe(tensors);
  // B's parameters are A's with the one key changed
  const a = await api(page, (g) => g.getParams());
  const b = s.compare?.params ?? {};
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  expect(Object.keys(a).filter((k) => a[k] !== b[k])).toEqual(['loss']);
  expect([a.loss, b.loss]).toEqual(['minimax', 'nonsaturating']);
  expect(s.compare?.metrics.gLoss).not.toBe(s.metrics.gLoss);
  // the two generators differ, and so do the two discriminators
  const samples = await api(page, async (g) => [await g.sample(50), await g.sample(50, { run: 'B' })]);
  expect(samples[0]).toHaveLength(50);
  expect(samples[1]).toHaveLength(50);
  expect(samples[1]).not.toEqual(samples[0]);
  const d = await api(page, async (g) => [await g.discriminate([[-1], [3]]), await g.discriminate([[-1], [3]], { run: 'B' })]);
  expect(d[1]).not.toEqual(d[0]);

  // the panels show B: its p_g and D(x) over A's in the density panel, its losses in the loss chart
  await expect(page.locator('[data-compare="banner"]')).toContainText('Run B: loss = nonsaturating');
  await expect(page.locator('[data-panel="density"] [data-run="B"] path.pg-kde-b')).toHaveAttribute('d', /^M.{100,}/);
  await expect(page.locator('[data-panel="density"] .legend')).toContainText('p_g of run B (loss = nonsaturating)');
  await expect(page.locator('[data-panel="losses"] .legend')).toContainText('G loss (B)');
  await expect(page.locator('[data-panel="divergence"] .legend')).toContainText('JSD (nats) (B)');
  // B's own z → x map and figures, after A's panels
  await expect(page.locator('[data-run="B"] [data-panel="mapping"]')).toBeVisible();
  await expect(page.locator('[data-run="B"] [data-panel="readout"]')).toContainText('W1(p_g, p_data)');
  // the link keeps the comparison
  await expect(page).toHaveURL(/compare=loss%3Anonsaturating/);

  // a live parameter change reaches both runs; the steps stay equal while playing
  await api(page, (g) => g.setParams({ lrG: 0.002 }));
  expect((await status(page)).compare?.params.lrG).toBe(0.002);
  await api(page, (g) => g.play());
  await expect.poll(async () => (await status(page)).step, { timeout: 30_000 }).toBeGreaterThan(45);
  await api(page, (g) => g.pause());
  await api(page, (g) => g.step(1)); // settles the frames in flight
  s = await status(page);
  expect(s.compare?.step).toBe(s.step);

  // ending the comparison disposes B: its panels and its status go, the tensor count falls, A goes on
  const withB = s.numTensors;
  await api(page, (g) => g.setCompare(null));
  s = await status(page);
  expect(s.compare).toBeUndefined();
  expect(s.numTensors).toBeLessThan(withB);
  await expect(page.locator('[data-compare="banner"]')).toHaveCount(0);
  await expect(page.locator('[data-panel="density"] [data-run="B"]')).toHaveCount(0);
  await expect(page.locator('[data-panel="losses"] .legend')).not.toContainText('(B)');
  await expect(page).not.toHaveURL(/compare=/);
  const refused = await api(page, (g) => g.sample(5, { run: 'B' }).then(() => 'resolved', (e: Error) => e.message));
  expect(refused).toMatch(/no run B/);
  expect(errors).toEqual([]);
});

test('a bad compare link is refused with its reason, and setCompare refuses the seed', async ({ page }) => {
  await openPlayground(page, '?experiment=gaussian1d&preset=saturating&compare=seed:3');
  await expect(page.getByRole('status').filter({ hasText: '"seed" cannot be compared' }).first()).toBeVisible();
  expect((await status(page)).compare).toBeUndefined();
  const message = await api(page, (g) => g.setCompare({ experiment: 'toy2d' }).then(() => 'resolved', (e: Error) => e.message));
  expect(message).toMatch(/"experiment" cannot be compared/);
  expect((await status(page)).compare).toBeUndefined();
});

test('Compare… in the 2-D experiment: the dialog starts run B, drawn beside run A', async ({ page }) => {
  const errors = watchErrors(page);
  await openPlayground(page, '?experiment=toy2d&preset=ring8Saturating');
  await page.locator('[data-action="compare"]').first().click();
  const dialog = page.locator('[data-dialog="compare"]');
  await expect(dialog).toBeVisible();
  await dialog.locator('[data-compare="key"]').selectOption('loss');
  await dialog.locator('[data-compare="value"]').selectOption('nonsaturating');
  await dialog.locator('[data-action="start-compare"]').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('[data-run="B"] [data-panel="scatter"]')).toBeVisible();
  await expect(page.locator('[data-panel="scatter"]')).toHaveCount(2);
  await api(page, (g) => g.step(2));
  const s = await status(page);
  expect([s.step, s.compare?.step, s.compare?.params.loss]).toEqual([2, 2, 'nonsaturating']);
  await expect(page).toHaveURL(/preset=ring8Saturating.*compare=loss%3Anonsaturating/);
  // the 2-D samples of the two runs differ
  const rows = await api(page, async (g) => [await g.sample(20), await g.sample(20, { run: 'B' })]);
  expect(rows[1]).not.toEqual(rows[0]);
  // an experiment switch ends the comparison
  await api(page, (g) => g.selectExperiment('gaussian1d'));
  expect((await status(page)).compare).toBeUndefined();
  await expect(page.locator('[data-compare="banner"]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a lost GPU context restores run A and run B together at the snapshot step, and both train on', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await openPlayground(page, LINK);
  // run B's D(x) at each step the runs may come back to
  const dBAt: Record<number, number[]> = {};
  const readB = () => api(page, (g) => g.discriminate([[-1], [0.5], [3]], { run: 'B' }));
  await api(page, (g) => g.step(10));
  dBAt[10] = await readB();
  // the next readback more than three seconds after the last snapshot takes a new one, of both runs
  await page.waitForTimeout(3200);
  await api(page, (g) => g.step(1));
  dBAt[11] = await readB();
  await expect.poll(async () => (await status(page)).snapshotStep ?? 0).toBeGreaterThanOrEqual(10);
  const snapshotStep = (await status(page)).snapshotStep ?? 0;
  await api(page, (g) => g.step(4));
  expect((await status(page)).compare?.step).toBe(15);
  dBAt[15] = await readB();

  expect(await api(page, (g) => g.debug.loseContext())).toBe(true);
  const notices = page.getByRole('status');
  await expect(notices).toContainText('run A and run B alike');
  // the latest snapshot: a slow machine may have taken a newer one than the one read above
  const restoredAt = Number(/Restored from the snapshot from step (\d+), run A and run B alike/.exec((await notices.textContent()) ?? '')?.[1]);
  expect(restoredAt).toBeGreaterThanOrEqual(snapshotStep);
  expect([10, 11, 15]).toContain(restoredAt);
  let s = await status(page);
  expect([s.step, s.compare?.step, s.compare?.params.loss]).toEqual([restoredAt, restoredAt, 'nonsaturating']);
  expect(s.error).toBeUndefined();
  // B has its weights of that step again
  const dBAfter = await readB();
  expect(dBAfter).toHaveLength(3);
  dBAfter.forEach((v, i) => expect(v).toBeCloseTo(dBAt[restoredAt][i], 4));
  await expect(page.locator('[data-compare="banner"]')).toBeVisible();
  await api(page, (g) => g.step(5));
  s = await status(page);
  expect([s.step, s.compare?.step]).toEqual([restoredAt + 5, restoredAt + 5]);
  expect(s.error).toBeUndefined();
  // the page's own messages about the lost context are expected; nothing else may be an error
  expect(errors.filter((e) => !/context|WebGL/i.test(e))).toEqual([]);
});

test("the timeline scrubber shows run B at the step it shows run A, from B's own kept frames", async ({ page }) => {
  const errors = watchErrors(page);
  await openPlayground(page, LINK);
  await api(page, (g) => g.step(10));
  await api(page, (g) => g.step(10));
  const kdeB = page.locator('[data-panel="density"] [data-run="B"] path.pg-kde-b');
  const live = await kdeB.getAttribute('d');
  const captionB = page.locator('[data-run="B"] .compare-caption').first();
  await expect(captionB).toHaveText('Run B: loss = nonsaturating');
  // frames kept at steps 0, 10 and 20 (each kept when it is drawn): the middle one is step 10, for A and for B
  await expect(page.locator('#timeline-slider')).toHaveAttribute('max', '2');
  await page.locator('#timeline-slider').fill('1');
  await expect(page.locator('[data-status="timeline-step"]')).toHaveText('viewing step 10');
  await expect(captionB).toHaveText('Run B: loss = nonsaturating (step 10)');
  await expect(kdeB).toHaveAttribute('d', /^M/);
  expect(await kdeB.getAttribute('d')).not.toBe(live);
  await page.locator('[data-action="timeline-live"]').click();
  await expect(captionB).toHaveText('Run B: loss = nonsaturating');
  await expect(kdeB).toHaveAttribute('d', live ?? '');
  expect(errors).toEqual([]);
});

test("exports while comparing: run B's panels, metrics and checkpoint, each file named for its run", async ({ page }) => {
  const errors = watchErrors(page);
  await openPlayground(page, LINK);
  await api(page, (g) => g.step(6));
  const select = page.locator('[data-control="export-panel"]');
  await select.focus(); // the list is refreshed on focus
  await expect(select.locator('option', { hasText: 'mapping (B)' })).toHaveCount(1);
  await select.selectOption('mapping (B)');
  expect((await downloadOf(page, 'export-svg')).name).toBe('gaussian1d-mapping-B-step-6.svg');
  await select.selectOption('mapping');
  expect((await downloadOf(page, 'export-svg')).name).toBe('gaussian1d-mapping-A-step-6.svg');
  const csv = await downloadOf(page, 'export-csv-b');
  expect(csv.name).toBe('gaussian1d-metrics-B-step-6.csv');
  expect(csv.text.split('\n')[0]).toMatch(/^step,/);
  const checkpoint = await downloadOf(page, 'save-checkpoint-b');
  expect(checkpoint.name).toBe('gaussian1d-checkpoint-B-step-6.json');
  expect(JSON.parse(checkpoint.text).params.loss).toBe('nonsaturating');
  expect(await api(page, async (g) => JSON.parse(await g.saveCheckpoint({ run: 'B' })).params.loss)).toBe('nonsaturating');
  // G as a LayersModel: two files each, B's and A's
  const models: string[] = [];
  page.on('download', (d) => models.push(d.suggestedFilename()));
  await page.locator('[data-action="export-generator-b"]').click();
  await expect.poll(() => models.length).toBe(2);
  await page.locator('[data-action="export-generator"]').click();
  await expect.poll(() => models.length).toBe(4);
  expect(models.filter((n) => n.endsWith('.json'))).toEqual(['gaussian1d-generator-B-step-6.json', 'gaussian1d-generator-A-step-6.json']);
  page.removeAllListeners('download');
  // no comparison: run B's exports go, and the names are as before
  await api(page, (g) => g.setCompare(null));
  await expect(page.locator('[data-action="export-csv-b"]')).toHaveCount(0);
  expect((await downloadOf(page, 'export-csv')).name).toBe('gaussian1d-metrics-step-6.csv');
  expect(errors).toEqual([]);
});

test("MNIST while comparing: B's grid follows the grid picked in A's timeline, B's Parzen row, B's memorisation check", async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await openPlayground(page, '?experiment=mnist&timelineEvery=10&compare=loss:minimax');
  await api(page, (g) => g.step(10));
  // grids saved at steps 0 and 10 in both runs: picking step 0 in A's strip shows B's grid of step 0 too
  const gridA = page.locator('.compare-pair > [data-panel="samples"]');
  const gridB = page.locator('[data-run="B"] [data-panel="samples"]');
  await expect(gridB.locator('figcaption')).toContainText('— step 10');
  await gridA.locator('.timeline-strip button[title="step 0"]').click();
  await expect(gridA.locator('figcaption')).toContainText('— step 0 (timeline)');
  await expect(gridB.locator('figcaption')).toContainText('— step 0 (timeline)');
  await gridA.getByRole('button', { name: 'Back to live' }).click();
  await expect(gridB.locator('figcaption')).toContainText('— step 10');

  const rowB = page.locator('[data-panel="paper"] tr[data-run="B"]');
  await expect(rowB).toContainText('Run B: loss = minimax');
  await expect(rowB.locator('[data-metric="parzen"]')).toHaveText('—');
  const row = await api(page, (g) => g.parzen({ samples: 100, run: 'B' }));
  expect([row.centres, row.step]).toEqual([100, 10]);
  await expect(rowB.locator('[data-metric="parzen"]')).toHaveText(`${row.mean.toFixed(0)} ± ${row.stdError.toFixed(1)}`);
  // A's row is still to be computed: B's was B's alone
  await expect(page.locator('[data-panel="paper"] tr.this-run:not([data-run="B"]) [data-metric="parzen"]')).toHaveText('—');
  await expect(page.locator('[data-panel="paper"] [data-action="parzen-b"]')).toBeEnabled();
  await expect(page.locator('[data-run="B"] [data-panel="memorisation"]')).toBeVisible({ timeout: 30_000 });
  expect(errors).toEqual([]);
});
