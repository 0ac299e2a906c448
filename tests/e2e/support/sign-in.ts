import type { Page } from "playwright-core";
import { demoUsers } from "@/lib/seed/demo-users";
import type { Role } from "@/lib/auth/roles";

// Signing in the way a person does: the labelled fields of /login. One helper, so a change to the
// sign-in form is mended in one place rather than in every browser test.

export function demoAccount(role: Role): { email: string; password: string } {
  const user = demoUsers.find((candidate) => candidate.role === role);
  if (!user) throw new Error(`no demo account with the role ${role}`);
  return { email: user.email, password: user.password };
}

/** Fills and submits the sign-in form; does not wait, so a test can check a refusal. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in as the demo account of `role` and waits to leave the sign-in page. */
export async function signInAs(page: Page, role: Role): Promise<void> {
  const { email, password } = demoAccount(role);
  await submitSignIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}
