export declare function supportsAstro(version: string): boolean;
