import { describe, expect, it } from "vitest";
import { safeWebHref } from "@/lib/format/links";

// Source and angle lists link a stored URL only when it is a web address.
describe("safeWebHref", () => {
  it("keeps http and https addresses", () => {
    expect(safeWebHref("https://www.npc.gov.cn/npc/c2/kgfb/")).toBe("https://www.npc.gov.cn/npc/c2/kgfb/");
    expect(safeWebHref("http://example.org/a b")).toBe("http://example.org/a%20b");
  });

  it("refuses script, file and malformed addresses, and nothing at all", () => {
    expect(safeWebHref("javascript:alert(1)")).toBeNull();
    expect(safeWebHref("file:///etc/passwd")).toBeNull();
    expect(safeWebHref("not a url")).toBeNull();
    expect(safeWebHref(null)).toBeNull();
  });
});
