"use server";

import type { z } from "zod";
import { authorizedAction } from "@/lib/actions/safe-action";
import { canImport } from "@/lib/auth/permissions";
import { refreshPublicPages } from "@/lib/cache-tags";
import { createFromUnmatchedName, ignoreUnmatchedName, linkUnmatchedName } from "@/lib/data/unmatched-names";
import { createFromNameSchema, linkNameSchema, nameEntrySchema } from "@/lib/validation/import";

// The unmatched-names queue: link, create, ignore. Editors and admins; the data layer checks again.

const link = authorizedAction({ schema: linkNameSchema, permission: canImport }, (input) => {
  const [type, recordId] = input.target.split(":") as ["person" | "organization", string];
  return linkUnmatchedName(input.id, { type, recordId });
});
const create = authorizedAction({ schema: createFromNameSchema, permission: canImport }, (input) => createFromUnmatchedName(input.id, input.as));
const ignore = authorizedAction({ schema: nameEntrySchema, permission: canImport }, (input) => ignoreUnmatchedName(input.id));

export async function linkNameAction(input: z.input<typeof linkNameSchema>) {
  const result = await link(input);
  if (result.ok) refreshPublicPages();
  return result;
}

export async function createFromNameAction(input: z.input<typeof createFromNameSchema>) {
  const result = await create(input);
  if (result.ok) refreshPublicPages();
  return result;
}

export async function ignoreNameAction(input: z.input<typeof nameEntrySchema>) {
  const result = await ignore(input);
  if (result.ok) refreshPublicPages();
  return result;
}
