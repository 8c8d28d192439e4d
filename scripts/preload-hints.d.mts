export declare function hintedFiles(
  lists: { readonly now: readonly string[]; readonly near?: readonly string[] } | undefined,
  options?: { eager?: boolean; named?: ReadonlySet<string> },
): string[];
