// Lighthouse on the public pages (issue 5): home, the submission list and the first submission it
// lists, each run several times; prints the median of every category and of the metrics behind
// the performance score.
//
//   npm run bench:lighthouse -- [--base http://localhost:3000] [--runs 5] [--preset mobile|desktop]
//                               [--cpu-slowdown 4|auto] [--locale en|zh]
//
// Serve a production build first (`npm start`), on an otherwise idle machine. Three warm-up runs
// on home come first and are not counted: a fresh Chromium's first loads are slower than the rest.
//
// Mobile CPU: Lighthouse's mobile preset multiplies the main-thread work it measures by 4, a factor
// chosen to turn a fast desktop (its "benchmark index" 1300-2000) into a mid-range phone. On a
// slower machine the same factor emulates a slower phone than intended. `--cpu-slowdown auto`
// takes the factor Lighthouse's throttling guide recommends for the benchmark index measured in the
// warm-up runs (docs/throttling.md in GoogleChrome/lighthouse, and its CPU-throttling calculator);
// the default stays Lighthouse's own 4. The benchmark index is printed either way.
// `--locale zh` reads the pages in the Chinese interface (the language cookie /language sets).
// Chromium comes from CHROME_PATH, default Debian's /usr/bin/chromium.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { throttling } from "lighthouse/core/config/constants.js";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const base = option("base", "http://localhost:3000").replace(/\/$/, "");
const runs = Number(option("runs", "5"));
const preset = option("preset", "mobile");
const cpuOption = option("cpu-slowdown", "4");
const locale = option("locale", "en");
if (
  !["mobile", "desktop"].includes(preset) ||
  !["en", "zh"].includes(locale) ||
  !(runs >= 1) ||
  !(cpuOption === "auto" || Number(cpuOption) >= 1) ||
  (preset === "desktop" && cpuOption !== "4")
) {
  console.error(
    "usage: bench-lighthouse.mjs [--base URL] [--runs N] [--preset mobile|desktop] [--cpu-slowdown N|auto (mobile only)] [--locale en|zh]",
  );
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

/** The CPU slowdown Lighthouse's throttling calculator gives for a benchmark index. */
function recommendedSlowdown(benchmarkIndex) {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  if (benchmarkIndex >= 150) return 1 + (benchmarkIndex - 150) / 650;
  return 1;
}

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

async function audit(url, cpuSlowdown) {
  const flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES, extraHeaders: { Cookie: `NEXT_LOCALE=${locale}` } };
  if (preset === "mobile") flags.throttling = { ...throttling.mobileSlow4G, cpuSlowdownMultiplier: cpuSlowdown };
  const { lhr } = await lighthouse(url, flags, preset === "desktop" ? desktopConfig : undefined);
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  return lhr;
}

try {
  const warmUp = [];
  for (let run = 0; run < 3; run++) warmUp.push((await audit(base + "/", 4)).environment.benchmarkIndex);
  const benchmarkIndex = median(warmUp);
  const cpuSlowdown = cpuOption === "auto" ? Math.round(recommendedSlowdown(benchmarkIndex) * 10) / 10 : Number(cpuOption);
  const cpu = preset === "mobile" ? `, CPU slowdown ${cpuSlowdown}` : "";
  const language = locale === "zh" ? ", Chinese interface" : "";
  console.log(`Lighthouse ${preset}${cpu}${language}, ${runs} runs per page, median of each figure (${base})`);
  console.log(`  benchmark index in the warm-up: ${warmUp.map(Math.round).join(", ")} (median ${Math.round(benchmarkIndex)})`);
  for (const [name, path] of pages) {
    const results = [];
    for (let run = 0; run < runs; run++) results.push(await audit(base + path, cpuSlowdown));
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
