// Who may read the documents: everyone. Pure: no I/O.

/**
 * Query.search (and the document exports over HTTP): the documents, their text and their
 * annotations are public, so anyone, signed in or not, may search and download them.
 */
export const anyone = (): boolean => true;
