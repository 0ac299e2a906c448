import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/validation/login";

export const metadata: Metadata = { title: "Staff sign-in", robots: { index: false } };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const target = safeCallbackUrl(Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl);
  if (await getCurrentUser()) redirect(target);
  return (
    <main id="main" className="mx-auto flex min-h-[70vh] max-w-sm flex-col justify-center px-4 py-12">
      <h1 className="mb-2 text-2xl font-bold text-ink">Staff sign-in</h1>
      <p className="mb-6 text-sm text-muted">
        For the newsroom&apos;s editors, reporters and admins. Readers need no account:{" "}
        <Link href="/" className="text-accent underline">
          browse the tracker
        </Link>
        .
      </p>
      <LoginForm callbackUrl={target} />
    </main>
  );
}
