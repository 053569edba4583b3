// Drives `claimcheck serve`'s page in headless Chromium (playwright-core, installed into the
// git-ignored .cache/playwright by scripts/install-playwright.sh, pointed at Debian's chromium):
// loads URL, then on every conflict card chooses the false-alarm reason REASON and clicks the
// "false alarm" button, waiting for each save. Prints one line per card: "FINGERPRINT HTTP-STATUS".
// Usage: node serve_click.js PLAYWRIGHT_DIR CHROMIUM URL REASON
"use strict";
const [dir, chromium, url, reason] = process.argv.slice(2);
const { chromium: browserType } = require(require("path").join(dir, "node_modules", "playwright-core"));

(async () => {
  const browser = await browserType.launch({
    executablePath: chromium,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
  try {
    const page = await browser.newPage();
    page.on("pageerror", (e) => console.error("page error: " + e));
    await page.goto(url);
    await page.waitForSelector("body[data-rendered='1']");
    const cards = await page.$$("article.finding.kind-conflict[data-fingerprint] .review-controls");
    if (!cards.length) throw new Error("no conflict card with review controls");
    for (const box of cards) {
      const card = await box.evaluateHandle((b) => b.closest("article.finding"));
      const fp = await card.evaluate((c) => c.getAttribute("data-fingerprint"));
      await (await box.$("select.review-reason")).selectOption(reason);
      await (await box.$("button.review-status[data-status='false-alarm']")).click();
      // Polled from here: page.waitForFunction evaluates strings, which the page's CSP forbids.
      for (let i = 0; i < 300 && !(await card.evaluate((c) => c.hasAttribute("data-review-result"))); ++i)
        await page.waitForTimeout(100);
      const code = await card.evaluate((c) => c.getAttribute("data-review-result"));
      const badge = await card.evaluate((c) => c.querySelector(".badge.status").textContent);
      console.log(fp + " " + code + " " + badge);
    }
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
