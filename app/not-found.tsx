import type { Metadata } from "next";
import { NotFoundPanel } from "@/components/tracker/not-found-panel";
import { SiteShell } from "@/components/tracker/site-shell";

export const metadata: Metadata = { title: "Page not found" };

// Unmatched addresses render here, outside every route group, so this page brings the public chrome.
export default function NotFound() {
  return (
    <SiteShell>
      <NotFoundPanel />
    </SiteShell>
  );
}
