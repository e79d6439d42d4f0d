export { chromiumPath, QUIET_ARGS, SOFTWARE_WEBGL_ARGS, CHROMIUM_ARGS } from '../scripts/chromium.mjs';

/** PORT lets several checkouts run their browser tests side by side. */
export const PORT = Number(process.env.PORT ?? 4173);
