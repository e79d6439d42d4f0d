/** Offers a Blob as a file download. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name safe on every system: letters, digits, dash and dot. */
export function safeName(...parts: string[]): string {
  return parts.map((p) => p.replace(/[^A-Za-z0-9.-]+/g, '-')).join('-');
}
