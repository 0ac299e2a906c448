import { describe, expect, it } from "vitest";
import { neutraliseCell, toCsv } from "@/lib/downloads/csv";

describe("CSV for spreadsheets", () => {
  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+86 10 1234", "'+86 10 1234"],
    ["-2+3", "'-2+3"],
    ["@SUM(1)", "'@SUM(1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["马化腾 =1", "马化腾 =1"],
    ["2022-03-04", "2022-03-04"],
  ])("neutralises %j as %j", (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it("writes a BOM, a header, CRLF, quotes where needed, and leaves numbers and booleans as they are", () => {
    const csv = toCsv(["a", "b", "c", "d"], [{ a: '说 "hi", 你好', b: -3, c: true, d: ["x", "=y"] }, { a: null, b: null, c: false, d: [] }]);
    expect(csv).toBe('\uFEFFa,b,c,d\r\n"说 ""hi"", 你好",-3,true,x; =y\r\n,,false,\r\n');
  });
});
