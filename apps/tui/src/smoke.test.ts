import { readFileSync, writeFileSync } from "node:fs";
import { parseText } from "@news/core";
import { enrich } from "@news/core/enrich";
import { it } from "vitest";
import { FakeArchive } from "./testing/fake.js";
import { renderApp } from "./testing/render.js";

it("smoke", async () => {
  const page = enrich(parseText(readFileSync(new URL("../fixtures/coalition-news-2017-12-21.txt", import.meta.url), "utf8")));
  const archive = new FakeArchive(page.items.map((i) => ({ ...i, site: "en.etilaf.org" })));
  const app = renderApp({ open: archive }, { rows: 40 });
  await app.waitFor("Thursday");
  const list = app.screen();
  await app.press("\r");
  await new Promise((r) => setTimeout(r, 300));
  writeFileSync("/tmp/smoke0.txt", app.frames.slice(-3).join("\n#####\n"));
  await app.waitFor("lines");
  const a = app.screen();
  await app.press(" ", " ");
  writeFileSync("/tmp/smoke.txt", list + "\n=====\n" + a + "\n=====\n" + app.screen());
});
