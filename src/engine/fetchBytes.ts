// A file of the site fetched with progress: the MNIST assets and the trained starts load through it.
// Relative URLs under the site's base, so the page works from any sub-path; nothing comes from the internet.
import type { ProgressListener } from './types';

/** Fetches a file, reporting bytes received (when the server says how many to expect). */
export async function fetchBytes(file: string, label: string, onProgress?: ProgressListener): Promise<ArrayBuffer> {
  const url = `${import.meta.env.BASE_URL}${file}`;
  onProgress?.(0, 1, label);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new Error(`${file} could not be fetched (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!response.ok) throw new Error(`${file} is missing from the site (HTTP ${response.status})`);
  // Content-Length counts the bytes on the wire: with a compressing server the body can be longer, so it only
  // drives the progress bar.
  const total = Number(response.headers.get('content-length') ?? 0);
  if (!response.body || !total) return response.arrayBuffer();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let done = 0;
  for (;;) {
    const { value, done: finished } = await reader.read();
    if (finished) break;
    chunks.push(value);
    done += value.length;
    onProgress?.(Math.min(done, total), total, label);
  }
  const out = new Uint8Array(done);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out.buffer;
}
