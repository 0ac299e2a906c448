import type { ReactNode } from "react";
import { SiteFooter } from "@/components/tracker/site-footer";
import { SiteHeader } from "@/components/tracker/site-header";

// The public chrome. Used by the (public) layout and by the root not-found page, which renders
// outside every route group and would otherwise show a bare page.
export function SiteShell({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader />
      <main id="main-content" tabIndex={-1} className="mx-auto outline-none w-full max-w-6xl flex-1 px-4 pt-8 sm:px-6 sm:pt-10">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
