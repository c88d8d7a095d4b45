// The Frictionless and Citation.js libraries ship no types; these are the parts the tests use.

declare module 'datapackage' {
  export class Resource {
    readonly name: string;
    read(options?: { relations?: boolean }): Promise<unknown[][]>;
  }
  export class Package {
    static load(descriptor: object, options?: { basePath?: string }): Promise<Package>;
    readonly errors: Error[];
    readonly resources: Resource[];
  }
}

declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: 'bibliography', options: { template: string; format: 'text' }): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
