/** What vitest.global-setup.ts hands to the test files through provide()/inject(). */
export type TestPostgresInfo =
  { readonly available: true; readonly url: string; readonly version: string } | { readonly available: false; readonly reason: string };

declare module 'vitest' {
  export interface ProvidedContext {
    returTestPostgres: TestPostgresInfo;
    /** Path of the dump of an empty PGlite database (test/support/pglite-dump.ts). */
    returPGliteDump: string;
  }
}
