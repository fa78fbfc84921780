/** The value below which a fraction `p` (0..1) of the values lie (nearest rank). */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export interface Spread {
  min: number;
  median: number;
  max: number;
  /** How many runs gave a value. */
  n: number;
}

/** Min, median and max of the runs that measured something; undefined if none did. */
export function spread(values: readonly (number | undefined)[]): Spread | undefined {
  const present = values.filter(
    (value): value is number => value !== undefined && Number.isFinite(value),
  );
  const median = percentile(present, 0.5);
  if (median === undefined) return undefined;
  const sorted = [...present].sort((a, b) => a - b);
  const middle =
    sorted.length % 2 === 0
      ? ((sorted[sorted.length / 2 - 1] ?? 0) + (sorted[sorted.length / 2] ?? 0)) / 2
      : median;
  return {
    min: sorted[0] ?? median,
    median: middle,
    max: sorted[sorted.length - 1] ?? median,
    n: present.length,
  };
}
