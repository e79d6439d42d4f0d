export function chromiumPath(): string | undefined;
export const QUIET_ARGS: string[];
export const SOFTWARE_WEBGL_ARGS: string[];
export const CHROMIUM_ARGS: string[];
