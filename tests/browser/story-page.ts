/**
 * The value, or a failed test naming what was missing: the story tests' way to read an element
 * or a dataset entry they rely on, without non-null assertions.
 */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`missing: ${what}`);
  return value;
}
