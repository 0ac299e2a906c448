import type { ReactNode } from "react";
import { SiteShell } from "@/components/tracker/site-shell";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
