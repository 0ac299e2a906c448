import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address.").pipe(z.email("Enter a valid email address.")),
  password: z.string().min(1, "Enter your password.").max(200, "That password is too long."),
});

export type LoginInput = z.infer<typeof loginSchema>;

/** Only same-site paths: an open redirect after sign-in would hand a phishing page a trusted link. */
export function safeCallbackUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/admin";
  return value;
}
