export declare const PARTS: readonly ['core', 'partners'];
export declare function splitDataset(data: unknown): { core: unknown; partners: unknown };
export declare function partOf(id: string): 'core' | 'partners' | undefined;
export declare function datasetParts(): import('vite').Plugin;
