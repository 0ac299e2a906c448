import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyPassword } from "@/lib/auth/password";
import { ensureAuthSecret } from "@/lib/auth/secret";
import { recordAudit } from "@/lib/data/audit";
import { db } from "@/lib/db";

// A bcrypt hash of a random string: comparing against it when the email is unknown makes a
// wrong email take as long as a wrong password, so timing does not reveal who has an account.
const dummyHash = "$2b$12$butXLD7ctN9U2DaxkTQS1ehakpiM/ZhNwImkr6VbXP/uvplf/HENi";

export const genericSignInError = "Email or password is incorrect.";

export async function authorizeCredentials(credentials: Record<string, string> | undefined) {
  const email = credentials?.email?.trim().toLowerCase() ?? "";
  const password = credentials?.password ?? "";
  if (!email || !password || email.length > 320 || password.length > 200) return null;
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? dummyHash);
  if (!user || !valid || user.disabledAt) {
    await recordAudit({
      actor: user ? { id: user.id, email: user.email } : null,
      actorEmail: email,
      action: "auth.sign_in_failed",
      after: { reason: !user ? "unknown email" : !valid ? "wrong password" : "account disabled" },
    });
    return null;
  }
  await recordAudit({ actor: user, action: "auth.sign_in", entityType: "User", entityId: user.id });
  return { id: user.id, email: user.email, name: user.name };
}

export function getAuthOptions(): NextAuthOptions {
  return {
    secret: ensureAuthSecret(),
    session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        authorize: authorizeCredentials,
      }),
    ],
    callbacks: {
      // Only the user id travels in the token: role and enabled state are read from the
      // database on every request, so a role change or a disabled account takes effect at once.
      jwt: ({ token, user }) => {
        if (user) token.sub = user.id;
        return token;
      },
      session: ({ session, token }) => {
        if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
        return session;
      },
    },
  };
}
