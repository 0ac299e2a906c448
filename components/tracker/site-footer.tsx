import Link from "next/link";
import { Zh } from "@/components/ui/zh";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-rule bg-card print:hidden">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm text-muted sm:grid-cols-[2fr_1fr] sm:px-6">
        <div className="space-y-2">
          <p className="font-semibold text-ink">
            Two Sessions Tracker <Zh>两会</Zh>
          </p>
          <p className="max-w-prose">
            Suggestions (<Zh>建议</Zh>) filed by deputies of the National People&apos;s Congress and proposals (
            <Zh>提案</Zh>) filed by members of the Chinese People&apos;s Political Consultative Conference, with
            reporters&apos; notes on whose interests they serve. Every fact shown here cites a source.
          </p>
        </div>
        <nav aria-label="Footer" className="sm:justify-self-end">
          <ul className="space-y-1">
            <li>
              <Link href="/submissions" className="hover:text-ink hover:underline">
                All submissions
              </Link>
            </li>
            <li>
              <Link href="/about" className="hover:text-ink hover:underline">
                About and method
              </Link>
            </li>
            <li>
              <Link href="/login" className="hover:text-ink hover:underline">
                Staff sign-in
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
