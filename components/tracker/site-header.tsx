import Link from "next/link";
import { Zh } from "@/components/ui/zh";

const navItems = [
  { href: "/", label: "Latest session" },
  { href: "/submissions", label: "Submissions" },
  { href: "/search", label: "Search" },
];

// Server-rendered and without active-link state: knowing the current path would need a client
// component, and this slice ships no client JavaScript for readers.
export function SiteHeader() {
  return (
    <header className="border-b border-rule bg-card">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-8 gap-y-3 px-4 py-4 sm:px-6">
        <Link href="/" className="group flex items-baseline gap-2 no-underline">
          <Zh className="rounded-sm bg-accent px-1.5 py-0.5 text-lg font-bold text-white">两会</Zh>
          <span className="text-lg font-bold tracking-tight text-ink group-hover:underline">Two Sessions Tracker</span>
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm font-medium">
            {navItems.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-ink hover:text-accent hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
