export interface Guide {
  lang: 'id' | 'en';
  name: string;
  md: string;
  editor: string;
  back: string;
}
export declare const GUIDES: readonly Guide[];
export declare function guidePage(md: string): string;
export declare function slug(text: string): string;
export declare function pngSize(bytes: Buffer): { width: number; height: number };
export declare function renderGuide(guide: Guide): string;
export declare function guidePaths(): string[];
export declare function guideFile(path: string): string | Buffer | undefined;
