/** Builds the portal page (index.html + portal.js) into `outdir` (default out/portal at the repository root). */
export declare function buildPortal(outdir?: string, options?: { readonly minify?: boolean }): Promise<{ outdir: string; bytes: number; inputs: string[] }>;
