import type { ReactNode } from "react";

// Chinese text marked as such, so screen readers switch voice and the browser picks a CJK face
// and Simplified-Chinese glyph forms.
export function Zh({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <span lang="zh-Hans" className={className || undefined}>
      {children}
    </span>
  );
}
