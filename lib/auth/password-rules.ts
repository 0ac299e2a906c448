// What a staff password must be, in words a person can act on. No server imports: the password
// forms check it in the browser with the same rules the server applies.

export const minPasswordLength = 12;

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
