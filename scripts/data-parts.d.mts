export declare const PARTS: readonly ['core', 'programs', 'partners'];
export declare function splitDataset(data: unknown): { core: unknown; programs: unknown; partners: unknown };
export declare function partOf(id: string): 'core' | 'programs' | 'partners' | undefined;
export declare function datasetParts(): import('vite').Plugin;
