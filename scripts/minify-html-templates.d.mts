import type { Plugin } from 'vite';

export function minifyHtmlTemplates(): Plugin;
export function foldTemplateWhiteSpace(code: string): Promise<string>;
