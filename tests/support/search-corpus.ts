import type { PrismaClient } from "@/lib/generated/prisma/client";
import { rebuildSearchIndex } from "@/lib/search/reindex";

// A small, fixed, bilingual corpus for the search query set. SYNTHETIC: the Chinese titles and
// texts are written for the tests (the 2022 starter data has none), the names are those of the
// starter data so the issue's own queries (马化腾, "Pony Ma", ...) read naturally. Ids and dates
// are fixed, so two databases loaded with it must return the very same rows in the same order.

const day = (n: number) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000);
const pub = (n: number) => ({ status: "PUBLISHED" as const, publishedAt: day(n) });

export const corpusIds = {
  maHuateng: "c-person-ma-huateng",
  robinLi: "c-person-robin-li",
  leiJun: "c-person-lei-jun",
  jackMa: "c-person-jack-ma",
  draftPerson: "c-person-draft",
  tencent: "c-org-tencent",
  baidu: "c-org-baidu",
  xiaomi: "c-org-xiaomi",
  transport: "c-ministry-transport",
  miit: "c-ministry-miit",
  topicDriving: "c-topic-autonomous-driving",
  topicEv: "c-topic-electric-vehicles",
  subDigital: "c-sub-digital-economy",
  subWeb3: "c-sub-web3",
  subSelfDriving: "c-sub-self-driving",
  subTransport: "c-sub-transport-digitization",
  subCharging: "c-sub-charging",
  subCarbon: "c-sub-carbon-footprint",
  subCsr: "c-sub-csr",
  subEwaste: "c-sub-ewaste",
  subGreenAi: "c-sub-green-ai",
  sub2022Npc: "c-sub-2022-culture",
  subDraft: "c-sub-draft-secret",
  subUnpublished: "c-sub-unpublished",
  replyCharging: "c-reply-charging",
  replyDraft: "c-reply-draft",
  angleRobotaxi: "c-angle-robotaxi",
  angleDraft: "c-angle-draft",
  notePublic: "c-note-public",
  notePrivate: "c-note-private",
} as const;

export async function loadSearchCorpus(prisma: PrismaClient): Promise<void> {
  const ids = corpusIds;
  await prisma.$transaction(async (tx) => {
    const session = (id: string, year: number) =>
      tx.session.create({
        data: {
          id, year, startsOn: new Date(Date.UTC(year, 2, 5)), endsOn: new Date(Date.UTC(year, 2, 11)),
          npcTerm: 14, npcSession: year - 2022, cppccTerm: 14, cppccSession: year - 2022, ...pub(0),
        },
      });
    await session("c-session-2022", 2022);
    await session("c-session-2023", 2023);

    const person = (id: string, slug: string, nameEn: string, nameZh: string, pinyin: string, aliases: string[], n: number, extra = {}) =>
      tx.person.create({ data: { id, slug: `c-${slug}`, nameEn, nameZh, pinyin, aliases, ...pub(n), ...extra } });
    await person(ids.maHuateng, "ma-huateng", "Ma Huateng", "马化腾", "Ma Huateng", ["Pony", "Pony Ma"], 1, { bioEn: "Founder of Tencent." });
    await person(ids.robinLi, "robin-li", "Robin Li", "李彦宏", "Li Yanhong", [], 2);
    await person(ids.leiJun, "lei-jun", "Lei Jun", "雷军", "Lei Jun", [], 3);
    await person(ids.jackMa, "jack-ma", "Jack Ma", "马云", "Ma Yun", [], 4);
    await person(ids.draftPerson, "draft", "Zhuang Mimi", "庄秘密", "Zhuang Mimi", [], 5, { status: "DRAFT", publishedAt: null });

    const org = (id: string, slug: string, kind: "COMPANY" | "MINISTRY", nameEn: string, nameZh: string, aliases: string[], n: number, extra = {}) =>
      tx.organization.create({ data: { id, slug: `c-${slug}`, kind, nameEn, nameZh, aliases, ...pub(n), ...extra } });
    await org(ids.tencent, "tencent", "COMPANY", "Tencent", "腾讯", ["Tencent Holdings"], 1, { sectors: ["social media", "gaming"] });
    await org(ids.baidu, "baidu", "COMPANY", "Baidu", "百度", [], 2, {
      interests: { create: [{ labelEn: "Apollo Robotaxi, commercial self-driving taxis", labelZh: "萝卜快跑" }] },
    });
    await org(ids.xiaomi, "xiaomi", "COMPANY", "Xiaomi", "小米", [], 3, { sectors: ["electric vehicles"] });
    await org(ids.transport, "ministry-of-transport", "MINISTRY", "Ministry of Transport", "交通运输部", ["MOT"], 4);
    await org(ids.miit, "miit", "MINISTRY", "Ministry of Industry and Information Technology", "工业和信息化部", ["MIIT", "工信部"], 5);

    await tx.topic.create({ data: { id: ids.topicDriving, slug: "c-autonomous-driving", nameEn: "Autonomous driving", nameZh: "自动驾驶", ...pub(1) } });
    await tx.topic.create({ data: { id: ids.topicEv, slug: "c-electric-vehicles", nameEn: "Electric vehicles", nameZh: "电动汽车", ...pub(2) } });

    const submission = async (
      id: string, n: number, year: number, body: "NPC" | "CPPCC", by: string, data: Record<string, unknown>, topics: string[] = [],
    ) => {
      await tx.submission.create({
        data: {
          id, slug: id, sessionId: `c-session-${year}`, body, ...pub(n), ...data,
          parties: { create: [{ personId: by, role: "SUBMITTER", position: 0 }] },
          topics: { create: topics.map((topicId) => ({ topicId })) },
        },
      });
    };
    await submission(ids.subDigital, 10, 2023, "NPC", ids.maHuateng, {
      titleEn: "Build up digital economy strengths by integrating the digital and real economy",
      titleZh: "关于发挥数字经济优势、促进数字经济与实体经济融合的建议",
      summaryZh: "推动制造业数字化转型，发展产业互联网。",
    });
    await submission(ids.subWeb3, 11, 2023, "NPC", ids.maHuateng, {
      titleEn: "Guard against the financial and governance risks of Web3, NFTs and the metaverse",
      titleZh: "关于防范Web3、数字藏品和元宇宙金融风险的建议",
    });
    await submission(ids.subSelfDriving, 12, 2023, "CPPCC", ids.robinLi, {
      titleEn: "Expedite legislation so that self-driving cars can get on the roads safely",
      titleZh: "关于加快自动驾驶立法的提案",
      summaryEn: "Driverless vehicles need a legal framework before commercial robotaxi services scale up.",
      fullTextZh: "建议加快推进自动驾驶汽车上路的立法工作，明确事故责任认定。",
    }, [ids.topicDriving]);
    await submission(ids.subTransport, 13, 2023, "CPPCC", ids.robinLi, {
      titleEn: "Encourage the overall digitization of China's transportation system",
      titleZh: "关于推动交通运输系统全面数字化的提案",
    }, [ids.topicDriving]);
    await submission(ids.subCharging, 14, 2023, "NPC", ids.leiJun, {
      titleEn: "Build more electric vehicle charging infrastructure",
      titleZh: "关于加快新能源汽车充电桩建设的建议",
      summaryZh: "住宅小区充电桩覆盖率低，建议简化报装流程。",
    }, [ids.topicEv]);
    await submission(ids.subCarbon, 15, 2023, "NPC", ids.leiJun, {
      titleEn: "Create a carbon footprint auditing system for electric vehicles",
      titleZh: "关于建立新能源汽车碳足迹核算体系的建议",
    }, [ids.topicEv]);
    await submission(ids.subCsr, 16, 2023, "NPC", ids.leiJun, {
      titleEn: "Ask private companies to invest more in corporate social responsibility",
    });
    await submission(ids.subEwaste, 17, 2023, "NPC", ids.leiJun, {
      titleEn: "Improve the electronics waste recycling system",
      titleZh: "关于完善电子废弃物回收体系的建议",
    });
    await submission(ids.subGreenAi, 18, 2023, "CPPCC", ids.robinLi, {
      titleEn: "Develop 'Green AI' that consumes less energy",
      titleZh: "关于发展低能耗绿色人工智能的提案",
      summaryEn: "Data centres (100% renewable) & AI models: C++ and SQL workloads; 50%_off is not a discount.",
    });
    await submission(ids.sub2022Npc, 5, 2022, "NPC", ids.maHuateng, {
      titleEn: "Use technology to preserve and promote Chinese culture",
      titleZh: "关于用科技保护和传播中华文化的建议",
    });
    await submission(ids.subDraft, 19, 2023, "NPC", ids.leiJun, {
      titleEn: "Confidential draft about quantum batteries", titleZh: "关于量子电池的草稿", status: "DRAFT", publishedAt: null,
    });
    await submission(ids.subUnpublished, 20, 2023, "NPC", ids.leiJun, {
      titleEn: "Withdrawn text about solid-state batteries", status: "UNPUBLISHED",
    });

    const referral = await tx.referral.create({
      data: {
        submissionId: ids.subCharging, ministryId: ids.miit, role: "LEAD",
        referredOn: day(20), dueOn: day(110), ...pub(20),
      },
    });
    await tx.reply.create({
      data: {
        id: ids.replyCharging, referralId: referral.id, repliedOn: day(60), result: "B", ...pub(61),
        summaryEn: "The ministry will expand charging networks in residential compounds.",
        summaryZh: "工业和信息化部将会同有关部门推进居民区充电设施建设。",
      },
    });
    await tx.reply.create({
      data: {
        id: ids.replyDraft, referralId: referral.id, repliedOn: day(62), status: "DRAFT",
        summaryEn: "Unreleased reply mentioning hydrogen subsidies.",
      },
    });
    await tx.angle.create({
      data: {
        id: ids.angleRobotaxi, submissionId: ids.subSelfDriving, organizationId: ids.baidu, kind: "BUSINESS_INTEREST",
        strength: "DIRECT", ...pub(12),
        rationaleEn: "Baidu's Apollo Robotaxi is one of the services closest to commercial operation.",
        rationaleZh: "百度的萝卜快跑是最接近商业化运营的自动驾驶出租车服务之一。",
        reviewerComment: "internal: check the hydrogen angle",
      },
    });
    await tx.angle.create({
      data: {
        id: ids.angleDraft, submissionId: ids.subCharging, kind: "POLICY_ECHO", strength: "INDIRECT", status: "DRAFT",
        rationaleEn: "Draft angle about hydrogen trucks.",
      },
    });
    const author = await tx.user.create({
      data: { id: "c-user-reporter", email: "c-reporter@example.invalid", name: "Corpus Reporter", role: "REPORTER", passwordHash: "x" },
    });
    await tx.note.create({
      data: {
        id: ids.notePublic, authorId: author.id, submissionId: ids.subCarbon, visibility: "PUBLIC", approvedAt: day(30),
        body: "Xiaomi announced its own carbon accounting pilot a week later.",
      },
    });
    await tx.note.create({
      data: {
        id: ids.notePrivate, authorId: author.id, submissionId: ids.subCarbon, visibility: "PRIVATE",
        body: "Private lead: hydrogen supplier in Hefei.",
      },
    });
    await rebuildSearchIndex(tx);
  }, { maxWait: 30_000, timeout: 120_000 });
}
