/**
 * The level of an element's heading (its `heading-level` attribute): `value`
 * when it is a whole number from 2 to 6 (1 is the page's own title), else
 * `fallback`, with one warning through `warn`. Every element with a heading
 * goes through this one rule.
 */
export function headingLevel(value: unknown, fallback: number, warn: (message: string) => void): number {
  if (Number.isInteger(value) && (value as number) >= 2 && (value as number) <= 6) return value as number;
  warn(`heading-level "${String(value)}" is not 2 to 6; using ${fallback}.`);
  return fallback;
}
