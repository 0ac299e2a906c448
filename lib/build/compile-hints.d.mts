// Types for compile-hints.mjs, which stays plain JavaScript because next.config.js loads it.
export declare const COMPILE_HINT: string;
export declare function markStartupChunks(distDir: string): Promise<string[]>;
