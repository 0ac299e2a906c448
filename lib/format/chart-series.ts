import type { ChartSeries } from "@/components/charts/bar-chart";
import { RESULT_LABELS } from "@/lib/format/labels";

// Chart colours, each at least 3:1 against white so bars stay distinguishable (WCAG 1.4.11); the
// legend and the table always say the same in words.

export const BODY_SERIES: ChartSeries[] = [
  { key: "NPC", label: "NPC suggestions", color: "#a8201a" },
  { key: "CPPCC", label: "CPPCC proposals", color: "#1d4f8f" },
];

export const RESULT_SERIES: ChartSeries[] = [
  { key: "A", label: `A · ${RESULT_LABELS.A.en}`, color: "#1e6b3a" },
  { key: "B", label: `B · ${RESULT_LABELS.B.en}`, color: "#1d4f8f" },
  { key: "C", label: `C · ${RESULT_LABELS.C.en}`, color: "#8a5a00" },
  { key: "D", label: `D · ${RESULT_LABELS.D.en}`, color: "#55555d" },
  { key: "unclassed", label: "Not classed", color: "#8e8a80" },
];

export const COUNT_SERIES: ChartSeries[] = [{ key: "count", label: "Replies", color: "#1d4f8f" }];
