// What a first visit downloads before the first training step: the entry script, the chunks index.html preloads and
// its stylesheets (gzip, as a server would send them). Code loaded later on demand (KaTeX, the WebAssembly and CPU
// backends, export code) does not count. Run directly, it fails when the first load exceeds the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

/** Issue 16: the default link's JS and CSS, gzip. */
export const FIRST_LOAD_BUDGET_BYTES = 300 * 1024;

export function firstLoadSize(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const urls = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]);
  const files = urls.map((u) => {
    const bytes = readFileSync(join(dist, u.replace(/^\.\//, '')));
    return { file: u.replace(/^\.\/assets\//, ''), rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length };
  });
  const sum = (k) => files.reduce((a, f) => a + f[k], 0);
  return { files, rawBytes: sum('rawBytes'), gzipBytes: sum('gzipBytes'), budgetGzipBytes: FIRST_LOAD_BUDGET_BYTES };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const size = firstLoadSize();
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  for (const f of size.files) console.log(`  ${f.file.padEnd(40)} ${kb(f.gzipBytes).padStart(10)} gzip`);
  console.log(`first load: ${kb(size.gzipBytes)} gzip of JS and CSS (budget ${kb(FIRST_LOAD_BUDGET_BYTES)})`);
  if (size.gzipBytes > FIRST_LOAD_BUDGET_BYTES) {
    console.error('The first load is over its budget: load the new code on demand (dynamic import) or make it smaller.');
    process.exit(1);
  }
}
