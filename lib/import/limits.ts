// The import's size limit, shared by the browser form, the server action (and its body size limit
// in next.config.js) and the command line. A file over it is refused before it is read.

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_LABEL = "50 MB";
