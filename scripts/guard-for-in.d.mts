import type MagicString from 'magic-string';

export const HELPER: string;
export const HELPER_SOURCE: string;
export function guardForIn(code: string, id: string): { code: string; map: ReturnType<MagicString['generateMap']> } | null;
