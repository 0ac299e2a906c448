import bcrypt from "bcryptjs";

// bcryptjs: pure JavaScript, so it installs offline with no native build, and cost 12 keeps a
// sign-in near a quarter of a second on these machines.
const cost = 12;

export const minPasswordLength = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, cost);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** Why a password is too weak, in words a person can act on; null when it is acceptable. */
export function passwordWeakness(password: string | undefined | null): string | null {
  if (!password) return "A password is required.";
  if (password.length < minPasswordLength) return `Use at least ${minPasswordLength} characters.`;
  if (password.length > 200) return "Use at most 200 characters.";
  if (new Set(password).size < 5) return "Use more different characters.";
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (kinds < 3) return "Mix at least three of: lower case, upper case, digits, symbols.";
  return null;
}
