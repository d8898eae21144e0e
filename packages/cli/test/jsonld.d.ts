/** The one function of jsonld.js the tests use (the package ships no types). */
declare module 'jsonld' {
  const jsonld: {
    expand(input: unknown, options?: { readonly documentLoader?: (url: string) => Promise<unknown> }): Promise<unknown[]>;
  };
  export default jsonld;
}
