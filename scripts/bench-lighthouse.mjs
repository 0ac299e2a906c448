// Lighthouse on the public pages (issue 5): home, the submission list and the first submission it
// lists, each run several times; prints the median of every category and of the metrics behind
// the performance score.
//
//   npm run bench:lighthouse -- [--base http://localhost:3000] [--runs 5] [--preset mobile|desktop]
//
// Serve a production build first (`npm start`), on an otherwise idle machine: the performance
// score scales the page's measured main-thread work by four (Lighthouse's mobile CPU throttling),
// so a busy machine lowers it. Chromium comes from CHROME_PATH, default Debian's /usr/bin/chromium.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const base = option("base", "http://localhost:3000").replace(/\/$/, "");
const runs = Number(option("runs", "5"));
const preset = option("preset", "mobile");
if (!["mobile", "desktop"].includes(preset) || !(runs >= 1)) {
  console.error("usage: bench-lighthouse.mjs [--base URL] [--runs N] [--preset mobile|desktop]");
  process.exit(2);
}

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const METRICS = {
  FCP: "first-contentful-paint",
  LCP: "largest-contentful-paint",
  TBT: "total-blocking-time",
  CLS: "cumulative-layout-shift",
  SI: "speed-index",
};

async function firstSubmissionPath() {
  const html = await (await fetch(`${base}/submissions`)).text();
  const match = html.match(/href="(\/submissions\/[^"?#/]+)"/);
  if (!match) throw new Error(`no submission link on ${base}/submissions: is the tracker running with its data?`);
  return match[1];
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const pages = [
  ["home", "/"],
  ["list", "/submissions"],
  ["submission", await firstSubmissionPath()],
];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu"],
});
try {
  console.log(`Lighthouse ${preset}, ${runs} runs per page, median of each figure (${base})`);
  for (const [name, path] of pages) {
    const results = [];
    for (let run = 0; run < runs; run++) {
      const { lhr } = await lighthouse(
        base + path,
        { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES },
        preset === "desktop" ? desktopConfig : undefined,
      );
      if (lhr.runtimeError) throw new Error(`${base + path}: ${lhr.runtimeError.message}`);
      results.push(lhr);
    }
    const scores = CATEGORIES.map((id) => `${id} ${median(results.map((lhr) => Math.round(lhr.categories[id].score * 100)))}`);
    const metrics = Object.entries(METRICS).map(([label, id]) => {
      const value = median(results.map((lhr) => lhr.audits[id].numericValue));
      return label === "CLS" ? `${label} ${value.toFixed(3)}` : `${label} ${Math.round(value)} ms`;
    });
    const each = results.map((lhr) => Math.round(lhr.categories.performance.score * 100)).join(" ");
    console.log(`  ${name.padEnd(10)} ${scores.join("  ")}`);
    console.log(`  ${"".padEnd(10)} ${metrics.join("  ")}  (performance per run: ${each})  ${path}`);
  }
} finally {
  await chrome.kill();
}
