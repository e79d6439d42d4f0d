/** Larger model files are refused before parsing (the biggest model here is far smaller). */
export const MAX_MODEL_JSON_CHARS = 4 * 1024 * 1024;
export const MAX_WEIGHT_BYTES = 256 * 1024 * 1024;
