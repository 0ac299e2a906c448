import type { FacetFilters } from "@/lib/search/filter-tokens";
import type { Body } from "@/lib/generated/prisma/enums";
import type { SearchKind } from "@/lib/search/document";
import { corpusIds as c } from "@/tests/support/search-corpus";

// The query set of issue 6, over tests/support/search-corpus.ts. "issue": the bilingual queries
// the issue names; "own": ours (Chinese single characters and phrases, English with stems, pinyin
// with and without spaces or tones, mixed, filters, ranking, and hostile input).

export interface QueryCase {
  set: "issue" | "own";
  q: string;
  year?: number;
  body?: Body;
  type?: SearchKind;
  /** The submission list's other filters (topic, ministry, result class, angle strength...). */
  filters?: FacetFilters;
  /** Record ids that must be among the results. */
  finds?: string[];
  /** Record ids that must never be. */
  never?: string[];
  /** The record that must come first in its group. */
  first?: { kind: SearchKind; id: string };
  /** Nothing at all. */
  nothing?: boolean;
}

const hidden = [c.subDraft, c.subUnpublished, c.replyDraft, c.angleDraft, c.notePrivate, c.draftPerson];

export const querySet: QueryCase[] = [
  // The issue's own words.
  { set: "issue", q: "马化腾", finds: [c.maHuateng, c.subDigital, c.subWeb3], first: { kind: "person", id: c.maHuateng } },
  { set: "issue", q: "Ma Huateng", finds: [c.maHuateng, c.subDigital], first: { kind: "person", id: c.maHuateng } },
  { set: "issue", q: "Pony Ma", finds: [c.maHuateng, c.subWeb3], first: { kind: "person", id: c.maHuateng } },
  { set: "issue", q: "mahuateng", finds: [c.maHuateng, c.subDigital], first: { kind: "person", id: c.maHuateng } },
  { set: "issue", q: "自动驾驶", finds: [c.subSelfDriving, c.topicDriving, c.angleRobotaxi, c.subTransport], first: { kind: "topic", id: c.topicDriving } },
  { set: "issue", q: "self-driving", finds: [c.subSelfDriving, c.baidu, c.angleRobotaxi] },
  { set: "issue", q: "robotaxi", finds: [c.subSelfDriving, c.baidu, c.angleRobotaxi] },
  { set: "issue", q: "Lei Jun 充电桩", finds: [c.subCharging], never: [c.subCarbon, c.subSelfDriving] },

  // Chinese: single characters, pairs, phrases, names, ministries.
  { set: "own", q: "马", finds: [c.maHuateng, c.jackMa] },
  { set: "own", q: "腾讯", finds: [c.tencent], first: { kind: "organization", id: c.tencent } },
  { set: "own", q: "充电桩", finds: [c.subCharging] },
  { set: "own", q: "碳足迹", finds: [c.subCarbon], never: [c.subCharging] },
  { set: "own", q: "数字经济", finds: [c.subDigital] },
  { set: "own", q: "实体经济融合", finds: [c.subDigital] },
  { set: "own", q: "自动驾驶立法", finds: [c.subSelfDriving], never: [c.subTransport] },
  { set: "own", q: "交通运输部", finds: [c.transport], first: { kind: "ministry", id: c.transport } },
  { set: "own", q: "工信部", finds: [c.miit] },
  { set: "own", q: "居民区充电设施", finds: [c.replyCharging], never: [c.replyDraft] },
  { set: "own", q: "萝卜快跑", finds: [c.angleRobotaxi, c.baidu] },
  { set: "own", q: "雷军", finds: [c.leiJun, c.subCharging, c.subCsr] },
  { set: "own", q: "人工智能", finds: [c.subGreenAi] },
  { set: "own", q: "量子电池", nothing: true, never: hidden },
  { set: "own", q: "电子废弃物回收", finds: [c.subEwaste] },

  // English: stems, case, names, aliases, ministries.
  { set: "own", q: "charging", finds: [c.subCharging, c.replyCharging] },
  { set: "own", q: "vehicles", finds: [c.subCharging, c.subCarbon, c.topicEv, c.xiaomi] },
  { set: "own", q: "ELECTRIC VEHICLE", finds: [c.subCharging, c.topicEv], first: { kind: "topic", id: c.topicEv } },
  { set: "own", q: "Tencent", finds: [c.tencent], first: { kind: "organization", id: c.tencent } },
  { set: "own", q: "Ministry of Transport", finds: [c.transport], first: { kind: "ministry", id: c.transport } },
  { set: "own", q: "MIIT", finds: [c.miit, c.replyCharging] },
  { set: "own", q: "digitization", finds: [c.subTransport] },
  { set: "own", q: "recycling electronics", finds: [c.subEwaste] },
  { set: "own", q: "Robin Li", finds: [c.robinLi, c.subSelfDriving], first: { kind: "person", id: c.robinLi } },
  { set: "own", q: "Jack Ma", finds: [c.jackMa], first: { kind: "person", id: c.jackMa } },
  { set: "own", q: "carbon accounting", finds: [c.notePublic], never: [c.notePrivate] },
  { set: "own", q: "hydrogen", nothing: true, never: hidden },
  { set: "own", q: "confidential quantum", nothing: true, never: hidden },
  { set: "own", q: "Zhuang Mimi", nothing: true, never: hidden },

  // Pinyin: spaces, none, tone marks, tone numbers, names read as pinyin.
  { set: "own", q: "Li Yanhong", finds: [c.robinLi, c.subSelfDriving], first: { kind: "person", id: c.robinLi } },
  { set: "own", q: "liyanhong", finds: [c.robinLi] },
  { set: "own", q: "Mǎ Huàténg", finds: [c.maHuateng], first: { kind: "person", id: c.maHuateng } },
  { set: "own", q: "ma3 hua4 teng2", finds: [c.maHuateng] },
  { set: "own", q: "leijun", finds: [c.leiJun, c.subCharging] },
  { set: "own", q: "tengxun", finds: [c.tencent] },
  { set: "own", q: "baidu", finds: [c.baidu] },
  { set: "own", q: "ma yun", finds: [c.jackMa], never: [c.maHuateng] },
  { set: "own", q: "jiaotong yunshu bu", finds: [c.transport] },

  // Mixed and cross-language.
  { set: "own", q: "Robin Li 自动驾驶", finds: [c.subSelfDriving], never: [c.subCharging] },
  { set: "own", q: "马化腾 metaverse", finds: [c.subWeb3], never: [c.subDigital] },
  { set: "own", q: "Xiaomi carbon", finds: [c.notePublic], never: [c.notePrivate] },
  { set: "own", q: "电动汽车", finds: [c.topicEv, c.subCharging] },
  { set: "own", q: "web3", finds: [c.subWeb3] },

  // Filters.
  { set: "own", q: "马化腾", year: 2022, finds: [c.sub2022Npc, c.maHuateng], never: [c.subDigital, c.subWeb3] },
  { set: "own", q: "Robin Li", body: "NPC", finds: [c.robinLi], never: [c.subSelfDriving, c.subTransport] },
  { set: "own", q: "culture", year: 2022, body: "NPC", finds: [c.sub2022Npc] },
  { set: "own", q: "culture", year: 2023, nothing: true },
  { set: "own", q: "Lei Jun", type: "submission", finds: [c.subCharging, c.subCarbon, c.subCsr, c.subEwaste], never: [c.leiJun] },
  // The list's other filters narrow submissions and what hangs from them; names stay findable.
  { set: "own", q: "自动驾驶", filters: { topic: "c-autonomous-driving" }, finds: [c.subSelfDriving, c.angleRobotaxi, c.topicDriving], never: [c.subCharging] },
  { set: "own", q: "Lei Jun", filters: { ministry: "c-miit" }, finds: [c.subCharging, c.leiJun], never: [c.subCarbon, c.subCsr, c.subEwaste] },
  { set: "own", q: "Lei Jun", filters: { result: "B", hasReply: "yes" }, finds: [c.subCharging], never: [c.subCarbon, c.subEwaste] },
  { set: "own", q: "充电", filters: { result: "B" }, finds: [c.subCharging, c.replyCharging] },
  { set: "own", q: "Lei Jun", filters: { hasReply: "no" }, finds: [c.subCarbon, c.subEwaste], never: [c.subCharging] },
  { set: "own", q: "robotaxi", filters: { strength: "DIRECT" }, finds: [c.subSelfDriving, c.angleRobotaxi] },
  // The only INDIRECT angle is a draft: a filter never reveals an unpublished row.
  { set: "own", q: "Lei Jun", type: "submission", filters: { strength: "INDIRECT" }, nothing: true },
  { set: "own", q: "Robin Li", body: "CPPCC", filters: { provenance: "UNKNOWN" }, finds: [c.subSelfDriving, c.subGreenAi] },
  { set: "own", q: "Robin Li", type: "submission", filters: { provenance: "OFFICIAL_RELEASE" }, nothing: true },

  // Ranking: the exact title first, then the newest.
  { set: "own", q: "Improve the electronics waste recycling system", first: { kind: "submission", id: c.subEwaste } },
  { set: "own", q: "Lei Jun", first: { kind: "submission", id: c.subEwaste } },

  // Hostile or odd input: never an error, nothing hidden.
  { set: "own", q: "", nothing: true },
  { set: "own", q: "   ", nothing: true },
  { set: "own", q: "%", nothing: true },
  { set: "own", q: "_", nothing: true },
  { set: "own", q: "50%_off", finds: [c.subGreenAi] },
  { set: "own", q: "C++", finds: [c.subGreenAi] },
  { set: "own", q: "'; DROP TABLE \"SearchDocument\"; --", never: hidden },
  { set: "own", q: "' OR 1=1 --", never: hidden },
  { set: "own", q: ".*(a+)+$", never: hidden },
  { set: "own", q: "\\\\ % _ [ ] ^ $", never: hidden },
  { set: "own", q: "\u0000\u0007充电\u001b桩\u202e", finds: [c.subCharging] },
  { set: "own", q: "😀🚗", nothing: true },
  { set: "own", q: "😀 Tencent", finds: [c.tencent] },
  { set: "own", q: "x", never: hidden },
  { set: "own", q: "电".repeat(10_000), never: hidden },
  { set: "own", q: "Tencent ".repeat(1_250), never: hidden },
];
