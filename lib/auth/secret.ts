import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { resolveDbTarget } from "@/lib/db/target";
import { readEnv } from "@/lib/env";
import { ConfigError } from "@/lib/errors";

// No secret is ever committed. With the embedded database a secret is generated on first start
// and kept beside the data, so sign-ins survive restarts with zero set-up; against PostgreSQL a
// newsroom runs several instances that must share one secret, so it must come from the environment.

let cached: string | undefined;

export function ensureAuthSecret(): string {
  if (cached) return cached;
  const env = readEnv();
  if (env.NEXTAUTH_SECRET) return (cached = env.NEXTAUTH_SECRET);
  const target = resolveDbTarget();
  if (target.kind === "postgres") {
    throw new ConfigError(
      "NEXTAUTH_SECRET is not set. With DATABASE_URL pointing at PostgreSQL the app needs a shared secret: " +
        "set NEXTAUTH_SECRET to at least 32 random characters (e.g. `openssl rand -base64 48`).",
    );
  }
  const file = path.join(target.dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(target.dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(48).toString("base64url"), { flag: "wx", mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return (cached = fs.readFileSync(file, "utf8").trim());
}
