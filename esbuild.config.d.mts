import type { BuildResult } from 'esbuild';

export declare const ENTRY_POINTS: Record<string, string>;
export declare function buildSite(options?: {
  outdir?: string;
  minify?: boolean;
}): Promise<BuildResult>;
export declare function buildWorkers(options: {
  assetsDir: string;
  minify?: boolean;
}): Promise<BuildResult>;
