// The public addresses (DOMAIN.md), built in one place so a page never links to a made-up path.
import type { OrganizationKind } from "@/lib/generated/prisma/enums";

export const personHref = (slug: string) => `/people/${encodeURIComponent(slug)}`;
export const topicHref = (slug: string) => `/topics/${encodeURIComponent(slug)}`;
export const sessionHref = (year: number) => `/sessions/${year}`;
export const submissionHref = (slug: string) => `/submissions/${encodeURIComponent(slug)}`;
export const ministryHref = (slug: string) => `/ministries/${encodeURIComponent(slug)}`;

/** Ministries and agencies have their own page with reply statistics; other organizations one page. */
export function organizationHref(slug: string, kind?: OrganizationKind): string {
  return kind === "MINISTRY" ? ministryHref(slug) : `/organizations/${encodeURIComponent(slug)}`;
}

export function partyHref(party: { type: "person" | "organization"; slug: string }): string {
  return party.type === "person" ? personHref(party.slug) : organizationHref(party.slug);
}

/** Only web addresses become links: a stored `javascript:` or `file:` URL is shown as text (null here). */
export function safeWebHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}
