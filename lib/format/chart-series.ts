import type { getTranslations } from "next-intl/server";
import type { ChartSeries } from "@/components/charts/bar-chart";

// Chart colours, each at least 3:1 against white so bars stay distinguishable (WCAG 1.4.11); the
// legend and the table always say the same in words, in the reader's language: callers pass the
// words from the messages ("labels" and "glance").

type Words = Awaited<ReturnType<typeof getTranslations<"labels">>>;

export function bodySeries(labels: Words): ChartSeries[] {
  return [
    { key: "NPC", label: labels("body.NPC"), color: "#a8201a" },
    { key: "CPPCC", label: labels("body.CPPCC"), color: "#1d4f8f" },
  ];
}

export function resultSeries(labels: Words, notClassed: string): ChartSeries[] {
  return [
    { key: "A", label: `A · ${labels("result.A")}`, color: "#1e6b3a" },
    { key: "B", label: `B · ${labels("result.B")}`, color: "#1d4f8f" },
    { key: "C", label: `C · ${labels("result.C")}`, color: "#8a5a00" },
    { key: "D", label: `D · ${labels("result.D")}`, color: "#55555d" },
    { key: "unclassed", label: notClassed, color: "#8e8a80" },
  ];
}

export function countSeries(replies: string): ChartSeries[] {
  return [{ key: "count", label: replies, color: "#1d4f8f" }];
}
