import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ENGINES, serverFor } from "./testing.js";

// Debian's chromium (.ci/run installs it); outside CI a machine without it skips with this message
const CHROMIUM = process.env.NEWS_CHROMIUM ?? "/usr/bin/chromium";
const present = existsSync(CHROMIUM);
if (!present && process.env.CI === "true") {
  throw new Error(`${CHROMIUM} is missing: CI must run the docs page test (apt-get install chromium)`);
}
const SKIP_REASON = `skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set NEWS_CHROMIUM)`;

describe.skipIf(!present)(present ? "the /docs page in headless Chromium" : SKIP_REASON, () => {
  it("lists every route and runs a search from the page, with no request leaving the server", async () => {
    const server = await serverFor(ENGINES[0]![1]);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    try {
      const page = await browser.newPage();
      const foreign: string[] = [];
      page.on("request", (request) => {
        if (!request.url().startsWith(server.url)) foreign.push(request.url());
      });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${server.url}/docs`);
      await page.waitForSelector('section[data-route="GET /v1/items"]');
      const routes = await page.$$eval("section[data-route]", (sections) =>
        sections.map((s) => s.getAttribute("data-route")),
      );
      expect(routes).toEqual(
        expect.arrayContaining([
          "GET /v1/items",
          "GET /v1/items/{id}",
          "GET /v1/facets",
          "GET /v1/stats",
          "POST /v1/parse",
          "POST /v1/ingest",
          "GET /healthz",
          "GET /version",
        ]),
      );
      const search = page.locator('section[data-route="GET /v1/items"]');
      await search.locator('input[name="q"]').fill("nothing OR anything");
      await search.locator('input[name="count"]').fill("1");
      await search.getByRole("button", { name: "Send" }).click();
      const output = search.locator("pre[data-response]");
      await expect
        .poll(() => output.textContent(), { timeout: 10_000 })
        .toMatch(/^200 OK\napplication\/json/);
      expect(await output.textContent()).toContain('"total": 0');
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});
