// The import's size limit, shared by the browser form, the server action (and its body size limit
// in next.config.js) and the command line. A file over it is refused before it is read.

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_LABEL = "50 MB";

/**
 * Rows per import. A 50 MB file can hold a quarter of a million short rows; one transaction of
 * that size would hold the embedded database for minutes and the report alone would be tens of
 * MB. 50,000 rows keeps a commit under about a minute here; larger files are split by session.
 */
export const MAX_IMPORT_ROWS = 50_000;
