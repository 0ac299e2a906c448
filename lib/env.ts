import { z } from "zod";

// The only reader of process.env. Scripts and the server both come through here, so a wrong
// value is reported once, by name, instead of failing somewhere deep inside a request.

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || /^postgres(ql)?:\/\//.test(value), {
      message: "must be a postgresql:// URL, or unset to use the embedded database",
    }),
  DATA_DIR: z.string().trim().min(1).default("data"),
  NEXTAUTH_SECRET: z.string().trim().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  SEED_DEMO_USERS: z.enum(["0", "1"]).optional(),
  NEW_USER_PASSWORD: z.string().optional(),
  /** Requests per minute one client may make to /api/v1, /feeds and /downloads before a 429. */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function readEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${problems.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** Tests change the environment between suites; production never calls this. */
export function resetEnvCache(): void {
  cached = undefined;
}
