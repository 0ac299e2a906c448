import { z } from "zod";
import { hashPassword, passwordWeakness } from "@/lib/auth/password";
import { roles } from "@/lib/auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// The production way to create staff: run by someone with shell access to the server, so it is
// trusted, but it still refuses weak passwords and duplicates with messages a person can act on.

export const userCreateArgsSchema = z.object({
  email: z.string({ error: "--email is required" }).trim().toLowerCase().pipe(z.email("--email is not a valid email address")),
  name: z.string({ error: "--name is required" }).trim().min(1, "--name is required").max(200),
  role: z.enum(roles, { error: `--role must be one of ${roles.join(", ")}` }),
});

export class UserCreateError extends Error {}

export function parseUserCreateArgs(argv: string[]): z.infer<typeof userCreateArgsSchema> {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--(email|name|role)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new UserCreateError(`Unknown argument "${argv[i]}". Usage: npm run user:create -- --email <email> --name <name> --role <ADMIN|EDITOR|REPORTER>`);
    values[match[1]] = match[2] ?? argv[++i] ?? "";
  }
  const parsed = userCreateArgsSchema.safeParse({ ...values, role: values.role?.toUpperCase() });
  if (!parsed.success) throw new UserCreateError(parsed.error.issues.map((issue) => issue.message).join("\n"));
  return parsed.data;
}

export async function createUserFromCli(
  prisma: PrismaClient,
  args: z.infer<typeof userCreateArgsSchema>,
  password: string | undefined,
): Promise<{ id: string; email: string; role: string }> {
  const weakness = passwordWeakness(password);
  if (weakness) throw new UserCreateError(`Password refused: ${weakness}`);
  const existing = await prisma.user.findUnique({ where: { email: args.email }, select: { id: true } });
  if (existing) throw new UserCreateError(`A user with the email ${args.email} already exists. Nothing was changed.`);
  const passwordHash = await hashPassword(password as string);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: args.email, name: args.name, role: args.role, passwordHash },
      select: { id: true, email: true, role: true, name: true },
    });
    await tx.auditEntry.create({
      data: {
        actorEmail: "command line (npm run user:create)",
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        after: { email: user.email, name: user.name, role: user.role },
      },
    });
    return user;
  });
}
