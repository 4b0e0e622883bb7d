// jsdom ships no types and the project has no @types/jsdom: the little the server tests use of it.
declare module "jsdom" {
  export class JSDOM {
    constructor(markup: string, options?: { contentType?: string });
    readonly window: { document: Document };
  }
}
