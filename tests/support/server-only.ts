// Stands in for the `server-only` package under Vitest. The real one throws when it is imported
// outside a React Server Components bundle, which a test process never is.
export {};
