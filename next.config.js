/** @type {import('next').NextConfig} */
const nextConfig = {
  // The embedded database and the wasm engines must stay plain Node packages: bundled, their
  // ~9 MB of wasm would be copied into the public static folder.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/schema-engine-wasm",
    "@prisma/adapter-pg",
    "pg",
    "bcryptjs",
    // Its dictionary is megabytes of data: load it from node_modules rather than bundle it.
    "pinyin-pro",
  ],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
