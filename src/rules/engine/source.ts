/**
 * Where a rule or a parameter value comes from: a document, the sentence it implements, and the public URL
 * where one is known. Seed documents are in docs/sources/ and a test checks every seed quote is really there.
 */
export interface SourceDocument {
  /** Short stable id used in citations, e.g. `seed-003`. */
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  /** The seed file in docs/sources/ that holds the text, for the seed documents. */
  readonly file?: string;
  readonly url?: string;
}

export interface Source {
  readonly document: string;
  /** The sentence implemented, word for word from the document. */
  readonly quote: string;
  readonly url?: string;
  /** Anything the reader needs to know about how the sentence is read. */
  readonly note?: string;
}
