import type { Page } from "playwright-core";

// Selecting a passage as a person does: press the mouse on its first character, drag to its last.

/** Drags the mouse across `quote` inside the element `#containerId`, as a person selects text. */
export async function dragSelect(page: Page, containerId: string, quote: string): Promise<void> {
  const box = await page.evaluate(
    ({ containerId, quote }) => {
      const container = document.getElementById(containerId)!;
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(quote);
        if (at < 0) continue;
        const rect = (from: number, to: number) => {
          const range = document.createRange();
          range.setStart(node!, from);
          range.setEnd(node!, to);
          return range.getBoundingClientRect();
        };
        const first = rect(at, at + 1);
        const last = rect(at + quote.length - 1, at + quote.length);
        return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
      }
      throw new Error(`"${quote}" not found`);
    },
    { containerId, quote },
  );
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}
