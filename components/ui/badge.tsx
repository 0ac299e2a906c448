import type { ReactNode } from "react";

// A small label. Tones carry meaning only together with their text, never by colour alone.
const tones = {
  neutral: "border-rule bg-card text-muted",
  accent: "border-accent/30 bg-accent-soft text-accent",
  npc: "border-npc/30 bg-npc-soft text-npc",
  cppcc: "border-cppcc/30 bg-cppcc-soft text-cppcc",
} as const;

export type BadgeTone = keyof typeof tones;

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-sm border px-1.5 py-0.5 text-xs font-semibold tracking-wide ${tones[tone]}`}
    >
      {children}
    </span>
  );
}
