export function formatTrace(rows: readonly { step: number; metrics: Record<string, number>; classCounts?: number[] }[], show?: readonly string[]): string;
