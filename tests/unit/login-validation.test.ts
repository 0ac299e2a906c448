import { describe, expect, it } from "vitest";
import { passwordWeakness } from "@/lib/auth/password";
import { loginSchema, safeCallbackUrl } from "@/lib/validation/login";

describe("sign-in input", () => {
  it("explains a missing or malformed email and a missing password per field", () => {
    const result = loginSchema.safeParse({ email: "not-an-email", password: "" });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path[0]);
    expect(paths).toContain("email");
    expect(paths).toContain("password");
  });

  it("never redirects off-site after sign-in", () => {
    expect(safeCallbackUrl("/admin/submissions")).toBe("/admin/submissions");
    expect(safeCallbackUrl("https://evil.example")).toBe("/admin");
    expect(safeCallbackUrl("//evil.example")).toBe("/admin");
    expect(safeCallbackUrl("/\\evil.example")).toBe("/admin");
    expect(safeCallbackUrl(undefined)).toBe("/admin");
  });

  it("refuses weak passwords with a reason", () => {
    expect(passwordWeakness("")).toMatch(/required/);
    expect(passwordWeakness("short")).toMatch(/12 characters/);
    expect(passwordWeakness("aaaaaaaaaaaaaaaa")).not.toBeNull();
    expect(passwordWeakness("alllowercaseletters")).toMatch(/three/);
    expect(passwordWeakness("Strong-Enough-2022")).toBeNull();
  });
});
