/** A GLSL float literal for a JavaScript number (1 → "1.0"). */
export function glslFloat(x: number): string {
  const s = String(x);
  return /[.e]/.test(s) ? s : `${s}.0`;
}
