import iconv from "iconv-lite";
import jschardet from "jschardet";
import { MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from "@/lib/import/limits";

// Bytes to text. Editors' files come as UTF-8 (with or without Excel's BOM) or, from Excel on
// Chinese Windows, as GBK. A file that is not valid UTF-8 is handed to jschardet; GBK family
// guesses (GB2312, GBK, GB18030) are decoded with iconv-lite as GB18030, a superset of both.
// Short GBK text can also happen to be valid UTF-8 (农业 reads as "ũҵ"): a file of this domain
// that decodes to no Chinese but to accented Latin or Cyrillic, while GB18030 gives Chinese, is GBK.

export { MAX_IMPORT_BYTES, MAX_IMPORT_LABEL };

const cjk = /[\u3400-\u9fff]/;
const latinOrCyrillic = /[\u0080-\u07ff]/;

export type Decoded = { ok: true; text: string; notices: string[] } | { ok: false; problems: string[] };

export function tooBigProblem(bytes: number): string {
  return `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_LABEL}. Split it (for example by session) and import the parts.`;
}

export function decodeImportBytes(bytes: Uint8Array): Decoded {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, problems: [tooBigProblem(bytes.byteLength)] };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let utf8: string | null = null;
  try {
    utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    utf8 = null;
  }
  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (utf8 !== null && !(hadBom === false && looksLikeMisreadGbk(utf8, buffer))) {
    return { ok: true, text: utf8, notices: [] };
  }
  const guess = jschardet.detect(buffer.subarray(0, 256 * 1024));
  const encoding = (guess.encoding ?? "").toUpperCase();
  if (encoding === "GB2312" || encoding === "GBK" || encoding === "GB18030" || utf8 !== null) {
    const text = iconv.decode(buffer, "gb18030");
    if (cjk.test(text)) return { ok: true, text, notices: ["The file was saved as GBK (Chinese Windows); it has been read as such. Saving as \"CSV UTF-8\" avoids this step."] };
  }
  if (encoding === "BIG5") {
    return { ok: true, text: iconv.decode(buffer, "big5"), notices: ["The file was saved as Big5 (traditional Chinese Windows); it has been read as such."] };
  }
  return {
    ok: false,
    problems: ["The file is not text this import can read (not UTF-8, and not GBK either). In Excel choose Save As > \"CSV UTF-8\", then import that file."],
  };
}

function looksLikeMisreadGbk(text: string, buffer: Buffer): boolean {
  if (cjk.test(text) || !latinOrCyrillic.test(text)) return false;
  return cjk.test(iconv.decode(buffer, "gb18030"));
}
