import type { ButtonHTMLAttributes } from "react";

// Shared look for the few buttons of the public site (a filter submit, a retry).
export const buttonClassName =
  "inline-flex items-center justify-center rounded-md bg-ink px-4 py-2 text-sm font-semibold text-white hover:bg-ink/85 disabled:opacity-60";

export function Button({ className = "", type = "button", ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type={type} className={`${buttonClassName} ${className}`} {...props} />;
}
