import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--enable-unsafe-swiftshader','--use-angle=swiftshader','--ignore-gpu-blocklist'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4180/' + (process.argv[2] ?? ''));
await page.waitForFunction(() => window.ganPlayground);
const r = await page.evaluate(async () => {
  const g = window.ganPlayground; await g.ready; await g.step(50);
  let t = performance.now(); await g.step(300); const ms = performance.now() - t;
  return { stepsPerSec: 300 / ms * 1000, status: g.getStatus() };
});
console.log(JSON.stringify(r));
await browser.close();
