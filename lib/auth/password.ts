import bcrypt from "bcryptjs";

export { minPasswordLength, passwordWeakness } from "@/lib/auth/password-rules";

// bcryptjs: pure JavaScript, so it installs offline with no native build, and cost 12 keeps a
// sign-in near a quarter of a second on these machines.
const cost = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, cost);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
