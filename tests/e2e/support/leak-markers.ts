// What the leak fixtures (leak-fixtures.ts) write into the browser tests' database: fixed ids and
// slugs, and marker strings that must never reach a public response. Synthetic, clearly labelled.

export const LEAK = {
  slug: "synthetic-submission-e2e-notes",
  draftSlug: "synthetic-submission-e2e-draft-leak",
  submissionId: "synthetic-e2e-notes-submission",
  draftSubmissionId: "synthetic-e2e-draft-submission",
  angleIds: ["synthetic-e2e-draft-angle", "synthetic-e2e-published-angle"],
  noteIds: ["synthetic-e2e-note-private", "synthetic-e2e-note-desk", "synthetic-e2e-note-unapproved", "synthetic-e2e-note-detached", "synthetic-e2e-note-public", "synthetic-e2e-note-thread"],
  markers: {
    privateNote: "zqleakprivatenotee2e",
    deskNote: "zqleakdesknotee2e",
    unapprovedNote: "zqleakunapprovednotee2e",
    detachedNote: "zqleakdetachednotee2e",
    threadReply: "zqleakthreadreplye2e",
    draftAngle: "zqleakdraftanglee2e",
    reviewerComment: "zqleakreviewercommente2e",
    angleEvidence: "zqleakangleevidencee2e",
    draftSubmission: "zqleakdraftsubmissione2e",
  },
  visibleNote: "Synthetic approved public note for the browser tests: the pilot zones are the test.",
  fullTextEn:
    "Synthetic full text for the browser tests. Cities should open more test roads for robotaxis.\n\n" +
    "Insurers need accident data from every pilot zone. Local governments should publish the data every quarter.",
  fullTextZh: "合成测试文本。应在大城市开放更多测试道路，并鼓励保险公司共享事故数据。",
} as const;
