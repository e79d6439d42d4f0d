// Models that leave and enter the page: an exported generator is a TensorFlow.js LayersModel whose layers, run
// here in plain JavaScript (no TensorFlow.js in the test), reproduce sample()'s distribution and discriminate()'s
// values; a model that does not fit is refused with a reason and changes nothing.
import { readFileSync } from 'node:fs';
import { expect, test, type Download } from '@playwright/test';
import { api, openPlayground, status, watchErrors } from './helpers';
import { decodeLayersModel } from '../src/core/layersModel/decode';
import { runStack, type LayerStack } from '../src/core/layersModel/stack';

function decode(m: { modelJson: string; weightsBase64: string }): LayerStack {
  return decodeLayersModel(m.modelJson, new Uint8Array(Buffer.from(m.weightsBase64, 'base64')));
}

/** n standard normal rows of `dim` values (Box–Muller on a seeded generator). */
function normalRows(n: number, dim: number, seed: number): number[][] {
  let s = seed >>> 0;
  const uniform = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 4294967296;
  const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  return Array.from({ length: n }, () => Array.from({ length: dim }, normal));
}

function columnStats(rows: number[][], j: number): { mean: number; sd: number } {
  const mean = rows.reduce((a, r) => a + r[j], 0) / rows.length;
  return { mean, sd: Math.sqrt(rows.reduce((a, r) => a + (r[j] - mean) ** 2, 0) / rows.length) };
}

test('exported G and D: the LayersModel structure, G reproduces sample()\'s distribution, D discriminate()', async ({ page }) => {
  const errors = watchErrors(page);
  await openPlayground(page, '?experiment=toy2d&preset=parabola');
  await api(page, (g) => g.step(30));
  const params = await api(page, (g) => g.getParams());
  expect(params.prior).toBe('normal');
  const exported = await api(page, (g) => g.exportGenerator());
  const json = JSON.parse(exported.modelJson);
  expect(json.format).toBe('layers-model');
  expect(json.modelTopology.class_name).toBe('Sequential');
  const layers: { class_name: string; config: { units?: number } }[] = json.modelTopology.config.layers;
  const sizes = layers.filter((l) => l.class_name === 'Dense').map((l) => l.config.units);
  // G's layers, then the normaliser's map back to the data's units (2 → 2)
  expect(sizes).toEqual([...String(params.hiddenG).split(',').map(Number), 2, 2]);
  const specs: { shape: number[] }[] = json.weightsManifest[0].weights;
  expect(json.weightsManifest[0].paths).toEqual(['weights.bin']);
  const bytes = 4 * specs.reduce((n, s) => n + s.shape.reduce((a, b) => a * b, 1), 0);
  expect(Buffer.from(exported.weightsBase64, 'base64').length).toBe(bytes);

  const g = decode(exported);
  const mine = runStack(g, normalRows(4000, Number(params.zDim), 11));
  const page4000 = await api(page, (p) => p.sample(4000));
  for (const j of [0, 1]) {
    const [a, b] = [columnStats(mine, j), columnStats(page4000, j)];
    expect(Math.abs(a.mean - b.mean)).toBeLessThan(0.1 * b.sd);
    expect(a.sd / b.sd).toBeGreaterThan(0.9);
    expect(a.sd / b.sd).toBeLessThan(1.1);
  }

  const d = decode(await api(page, (p) => p.exportDiscriminator()));
  const xs = normalRows(200, 2, 12).map(([u, v]) => [3 * u, 15 + 8 * v]);
  const pageD = await page.evaluate((rows) => window.ganPlayground!.discriminate(rows), xs);
  runStack(d, xs).forEach(([v], i) => expect(Math.abs(v - pageD[i])).toBeLessThan(1e-4));
  expect(errors).toEqual([]);
});

test('import: a bad model is refused with the reason and changes nothing; a good one becomes G', async ({ page }) => {
  const errors = watchErrors(page);
  await openPlayground(page, '?experiment=toy2d&preset=parabola');
  await api(page, (g) => g.step(20));
  const gModel = await api(page, (g) => g.exportGenerator());
  const dModel = await api(page, (g) => g.exportDiscriminator());
  const before = { status: await status(page), samples: await api(page, (g) => g.sample(50)) };

  const refusal = await page.evaluate(
    (m) => window.ganPlayground!.importGenerator(m.modelJson, m.weightsBase64).then(() => 'accepted', (e: Error) => e.message), dModel,
  );
  expect(refusal).toMatch(/layers are .* this generator's are|last layer uses/);
  const notJson = await page.evaluate(() => window.ganPlayground!.importGenerator('{nope', '').then(() => 'accepted', (e: Error) => e.message));
  expect(notJson).toMatch(/not JSON/);
  const after = await status(page);
  expect(after.step).toBe(before.status.step);
  expect(after.playing).toBe(before.status.playing);
  expect(await api(page, (g) => g.sample(50))).toEqual(before.samples);

  // the file picker says why, and nothing changes either
  await page.locator('[data-control="generator-files"]').setInputFiles([
    { name: 'model.json', mimeType: 'application/json', buffer: Buffer.from(dModel.modelJson) },
    { name: 'weights.bin', mimeType: 'application/octet-stream', buffer: Buffer.from(dModel.weightsBase64, 'base64') },
  ]);
  await expect(page.locator('.notice-error')).toContainText('Not imported (nothing changed)');
  expect(await api(page, (g) => g.sample(50))).toEqual(before.samples);

  // the Export G button downloads model.json and the weights file it names
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.locator('[data-action="export-generator"]').click();
  await expect.poll(() => downloads.length).toBe(2);
  expect(downloads.map((d) => d.suggestedFilename())).toEqual(['toy2d-generator-step-20.json', 'toy2d-generator-step-20.weights.bin']);
  const saved = JSON.parse(readFileSync(await downloads[0].path(), 'utf8'));
  expect(saved.weightsManifest[0].paths).toEqual(['toy2d-generator-step-20.weights.bin']);
  expect(readFileSync(await downloads[1].path()).length).toBe(Buffer.from(gModel.weightsBase64, 'base64').length);

  // train on, then import the step-20 G back: its weights are those exported
  await api(page, (g) => g.step(20));
  await page.evaluate((m) => window.ganPlayground!.importGenerator(m.modelJson, m.weightsBase64), gModel);
  const again = decode(await api(page, (g) => g.exportGenerator()));
  const z = normalRows(20, again.inputDim, 3);
  const [x1, x2] = [runStack(decode(gModel), z), runStack(again, z)];
  x1.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - x2[i][j])).toBeLessThan(1e-4 * Math.max(1, Math.abs(v)))));
  expect((await status(page)).step).toBe(before.status.step + 20);
  expect(errors.filter((e) => !/Not imported/.test(e))).toEqual([]);
});
