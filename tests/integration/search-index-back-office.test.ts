import { describe, expect, it, vi } from "vitest";
import { createPersonAction, updatePersonAction } from "@/lib/actions/people";
import { deleteRecord, restoreFromTrash } from "@/lib/data/records/trash";
import { db } from "@/lib/db";
import { emptyPerson } from "@/lib/validation/person";
import { actAs } from "@/tests/support/acting-user";
import { createStaffUser, uniqueTag } from "@/tests/support/factories";

// Search (issue 6) and the back office (issue 3) meet in the one save path: a person an editor
// publishes is searchable at once, and leaves the index when unpublished or trashed.

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const { version: _version, ...newPerson } = emptyPerson;
const indexed = (id: string) => db.searchDocument.count({ where: { kind: "person", entityId: id } });

describe("the search index follows back-office saves", () => {
  it("adds a published person, drops them when unpublished, trashed, and returns them on restore", async () => {
    actAs(await createStaffUser("EDITOR"));
    const name = `Synthetic searchable person ${uniqueTag()}`;
    const created = await createPersonAction({ ...newPerson, nameEn: name, status: "PUBLISHED" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;
    expect(await indexed(id)).toBe(1);

    const unpublished = await updatePersonAction({ ...newPerson, id, nameEn: name, status: "UNPUBLISHED", version: created.data.version });
    if (!unpublished.ok) throw new Error(JSON.stringify(unpublished));
    expect(await indexed(id)).toBe(0);

    const republished = await updatePersonAction({ ...newPerson, id, nameEn: name, status: "PUBLISHED", version: unpublished.data.version });
    if (!republished.ok) throw new Error(JSON.stringify(republished));
    expect(await indexed(id)).toBe(1);

    await deleteRecord("Person", id, republished.data.version);
    expect(await indexed(id)).toBe(0);
    await restoreFromTrash("Person", id);
    expect(await indexed(id)).toBe(1);
  });

  it("never indexes a draft", async () => {
    actAs(await createStaffUser("REPORTER"));
    const created = await createPersonAction({ ...newPerson, nameEn: `Synthetic draft person ${uniqueTag()}`, status: "DRAFT" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(await indexed(created.data.id)).toBe(0);
  });
});
