import type { DocumentInput } from "@/lib/search/document";
import { hanSyllables } from "@/lib/search/text";

// SYNTHETIC benchmark data for scripts/bench-search.ts: plausible bilingual submissions built from
// fixed word lists with a seeded generator, so every run indexes the same text. None of it is real;
// the ids, slugs and subtitles say so.

const topics: Array<[string, string]> = [
  ["数字经济", "digital economy"], ["实体经济", "real economy"], ["自动驾驶", "self-driving cars"],
  ["新能源汽车", "electric vehicles"], ["充电桩", "charging infrastructure"], ["人工智能", "artificial intelligence"],
  ["乡村振兴", "rural revitalization"], ["碳中和", "carbon neutrality"], ["碳足迹", "carbon footprint"],
  ["电子废弃物", "electronic waste"], ["知识产权", "intellectual property"], ["区块链", "blockchain"],
  ["元宇宙", "the metaverse"], ["医疗保障", "medical insurance"], ["养老服务", "elderly care"],
  ["职业教育", "vocational education"], ["芯片产业", "the chip industry"], ["半导体", "semiconductors"],
  ["跨境电商", "cross-border e-commerce"], ["中小企业", "small businesses"], ["税收优惠", "tax incentives"],
  ["绿色金融", "green finance"], ["生物医药", "biomedicine"], ["神经科学", "neuroscience"],
  ["农业科技", "agricultural technology"], ["民用航空", "civil aviation"], ["电动自行车", "electric bicycles"],
  ["应急管理", "emergency management"], ["防灾减灾", "disaster prevention"], ["传统文化", "traditional culture"],
  ["数据安全", "data security"], ["个人信息保护", "personal information protection"], ["平台经济", "the platform economy"],
  ["灵活就业", "flexible employment"], ["性别平等", "gender equality"], ["生育支持", "support for families"],
  ["住房保障", "affordable housing"], ["城市更新", "urban renewal"], ["公共交通", "public transport"],
  ["氢能产业", "the hydrogen industry"], ["储能技术", "energy storage"], ["光伏发电", "solar power"],
  ["海洋经济", "the ocean economy"], ["粮食安全", "food security"], ["种业振兴", "seed industry"],
  ["网络游戏", "online games"], ["未成年人保护", "protection of minors"], ["在线教育", "online education"],
  ["智能制造", "smart manufacturing"], ["工业互联网", "the industrial internet"], ["低空经济", "the low-altitude economy"],
];
const actions: Array<[string, string]> = [
  ["加快", "Accelerate"], ["推动", "Promote"], ["完善", "Improve"], ["支持", "Support"], ["加强", "Strengthen"],
  ["促进", "Advance"], ["规范", "Regulate"], ["建立", "Establish"], ["优化", "Optimize"], ["鼓励", "Encourage"],
];
const suffixes: Array<[string, string]> = [
  ["发展", "development"], ["建设", "construction"], ["体系建设", "systems"], ["立法", "legislation"],
  ["试点", "pilots"], ["监管", "regulation"], ["标准制定", "standards"], ["人才培养", "talent training"],
];
const places: Array<[string, string]> = [
  ["广东", "Guangdong"], ["浙江", "Zhejiang"], ["北京", "Beijing"], ["上海", "Shanghai"], ["深圳", "Shenzhen"],
  ["成都", "Chengdu"], ["西部地区", "western regions"], ["农村地区", "rural areas"], ["长三角", "the Yangtze River Delta"],
  ["粤港澳大湾区", "the Greater Bay Area"],
];
const problems: Array<[string, string]> = [
  ["标准不统一", "inconsistent standards"], ["资金不足", "a lack of funding"], ["人才短缺", "a shortage of skilled staff"],
  ["监管滞后", "regulation that lags behind"], ["区域发展不平衡", "uneven regional development"],
];
const surnames = Array.from("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹");
const given = Array.from("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红玉兰鹏飞宇浩然志文斌晨曦嘉怡思雨子涵博宁");

/** mulberry32: a small seeded generator, so the data set is the same on every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];

interface SyntheticPerson {
  id: string;
  nameZh: string;
  nameEn: string;
}

const PEOPLE = 3_000;
let people: SyntheticPerson[] | null = null;

function syntheticPeople(): SyntheticPerson[] {
  if (people) return people;
  const random = generator(7);
  people = [];
  for (let i = 0; i < PEOPLE; i++) {
    const nameZh = pick(random, surnames) + pick(random, given) + (random() < 0.5 ? pick(random, given) : "");
    const syllables = hanSyllables(nameZh, true);
    const nameEn = `${cap(syllables[0])} ${cap(syllables.slice(1).join(""))}`;
    people.push({ id: `bench-person-${i}`, nameZh, nameEn });
  }
  return people;
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function personDocument(person: SyntheticPerson, index: number): DocumentInput {
  return {
    kind: "person", entityId: person.id, href: `/people/${person.id}`, title: person.nameEn, titleZh: person.nameZh,
    subtitle: "Synthetic benchmark person", subtitleZh: "合成基准人物", content: "", sortAt: new Date(Date.UTC(2020, 0, 1) + index * 60_000),
    fields: [{ text: person.nameEn, title: true, name: true }, { text: person.nameZh, title: true, name: true }],
  };
}

function topicDocument([zh, en]: [string, string], index: number): DocumentInput {
  return {
    kind: "topic", entityId: `bench-topic-${index}`, href: `/topics/bench-topic-${index}`, title: cap(en), titleZh: zh,
    content: "", sortAt: new Date(Date.UTC(2020, 0, 1) + index * 60_000),
    fields: [{ text: cap(en), title: true, name: true }, { text: zh, title: true, name: true }],
  };
}

function submissionDocument(index: number): DocumentInput {
  const random = generator(index * 2654435761 + 1);
  const [topicZh, topicEn] = pick(random, topics);
  const [otherZh, otherEn] = pick(random, topics);
  const [thirdZh, thirdEn] = pick(random, topics);
  const [actionZh, actionEn] = pick(random, actions);
  const [suffixZh, suffixEn] = pick(random, suffixes);
  const [placeZh, placeEn] = pick(random, places);
  const [problemZh, problemEn] = pick(random, problems);
  const body = random() < 0.5 ? "NPC" : "CPPCC";
  const year = 2013 + Math.floor(random() * 12);
  const person = pick(random, syntheticPeople());
  const titleZh = `关于${actionZh}${topicZh}${suffixZh}的${body === "NPC" ? "建议" : "提案"}`;
  const titleEn = `${actionEn} ${topicEn} ${suffixEn}`;
  const summaryZh = `建议在${placeZh}开展${topicZh}试点，${actionZh}${otherZh}与${thirdZh}协同发展。目前${topicZh}存在${problemZh}等问题，需要进一步政策支持。`;
  const summaryEn = `The ${body === "NPC" ? "suggestion" : "proposal"} asks for ${topicEn} pilots in ${placeEn}, linking ${otherEn} and ${thirdEn}. Current policy suffers from ${problemEn}.`;
  return {
    kind: "submission", entityId: `bench-sub-${index}`, submissionId: `bench-sub-${index}`, year, body,
    href: `/submissions/bench-synthetic-${index}`, title: titleEn, titleZh,
    subtitle: `${year} synthetic benchmark record · ${person.nameEn}`,
    subtitleZh: `${year}年 合成基准记录 · ${person.nameZh}`,
    content: `${summaryEn}\n${summaryZh}`,
    sortAt: new Date(Date.UTC(year, 2, 1) + Math.floor(random() * 300) * 86_400_000 + index),
    fields: [
      { text: titleEn, title: true }, { text: titleZh, title: true }, { text: summaryEn }, { text: summaryZh },
      { text: person.nameEn, name: true }, { text: person.nameZh, name: true },
    ],
  };
}

/** Documents for submissions offset..offset+count-1; the first batch also brings people and topics. */
export function synthesize(offset: number, count: number): DocumentInput[] {
  const documents: DocumentInput[] = [];
  if (offset === 0) {
    syntheticPeople().forEach((person, index) => documents.push(personDocument(person, index)));
    topics.forEach((topic, index) => documents.push(topicDocument(topic, index)));
  }
  for (let i = offset; i < offset + count; i++) documents.push(submissionDocument(i));
  return documents;
}

export interface BenchQuery {
  category: "short zh" | "long zh" | "pinyin" | "english" | "mixed";
  q: string;
}

const list = (category: BenchQuery["category"], queries: string[]): BenchQuery[] => queries.map((q) => ({ category, q }));

/** The fixed mix: 52 queries. */
export const benchQueries: BenchQuery[] = [
  ...list("short zh", ["电", "车", "碳", "芯", "马", "王", "充电", "数字", "汽车", "医疗", "教育", "氢能"]),
  ...list("long zh", [
    "新能源汽车充电桩", "自动驾驶立法", "数字经济与实体经济", "乡村振兴试点", "个人信息保护", "跨境电商监管",
    "长三角智能制造", "关于加快人工智能发展的建议", "低空经济标准制定", "未成年人保护", "粮食安全", "粤港澳大湾区海洋经济",
  ]),
  ...list("pinyin", ["Wang Wei", "wangwei", "Zhang Min", "zhangmin", "Li Qiang", "liqiang", "Chen Jing", "Liu Yang", "Mǎ Jūn", "huang tao"]),
  ...list("english", [
    "charging", "electric vehicles", "self-driving", "rural revitalization", "carbon footprint", "artificial intelligence",
    "semiconductors", "data security", "cross-border e-commerce", "pilot",
  ]),
  ...list("mixed", ["Wang Wei 充电桩", "自动驾驶 legislation", "Zhang Min 数字经济", "碳中和 pilots", "Li Qiang AI", "人工智能 Guangdong", "Chen Jing 医疗保障", "氢能 hydrogen"]),
];
