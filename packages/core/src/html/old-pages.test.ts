import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parseHtml } from "./index.js";

const fixture = (name: string) =>
  new Uint8Array(gunzipSync(readFileSync(new URL(`../../fixtures/html/${name}`, import.meta.url))));
const first = (name: string, url: string) => {
  const item = parseHtml(fixture(name), { url }).items[0];
  if (!item) throw new Error(`${name}: no item`);
  return item;
};

// news pages of 2012-2015 from python-goose's and Readability.js's test pages (fixtures/html/README.md):
// markup older than the WCXB pages, with captions as plain paragraphs and XHTML habits
describe("older news pages", () => {
  it("reads the text after a self-closed anchor (`<a name=…/>` holds no page)", () => {
    const item = first(
      "goose-cnn-arabic.html.gz",
      "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html",
    );
    expect(item.paragraphs).toHaveLength(9);
    expect(item.paragraphs[0]).toMatch(/^دمشق، سوريا \(CNN\) -- أكدت جهات سورية معارضة/);
  });

  it("leaves out a caption printed as a paragraph under its image, repeating the image's alt", () => {
    const item = first(
      "goose-elmundo.html.gz",
      "http://www.elmundo.es/elmundo/2012/10/28/espana/1351388909.html",
    );
    expect(item.paragraphs).not.toContain("Izaskun Lesaka.");
    expect(item.paragraphs[0]).toMatch(/^Importante golpe a la banda terrorista ETA en Francia\./);
  });

  it("leaves out a `<figcaption>`'s paragraph and its photo credit", () => {
    const item = first(
      "goose-lefigaro.html.gz",
      "http://www.lefigaro.fr/conjoncture/2013/04/05/20002-20130405ARTFIG00473-montebourg-envisage-des-privatisations-partielles.php",
    );
    expect(item.paragraphs.some((p) => p.includes("Crédits photo"))).toBe(false);
    expect(item.paragraphs[0]).toMatch(/^Selon le ministre du Redressement productif/);
  });

  it("reads the rest of the text behind a 'Read more' toggle (a div with the id read-more)", () => {
    const item = first(
      "readability-herald-sun.html.gz",
      "http://www.heraldsun.com.au/news/opinion/angry-media-wont-buckle-over-new-surveillance-laws/story-fni0fha6-1227261886014",
    );
    expect(
      item.paragraphs.some((p) =>
        p.startsWith("The Bill would require telecommunications service providers"),
      ),
    ).toBe(true);
    expect(item.paragraphs.length).toBeGreaterThan(15);
  });

  it("takes the headline from the <h2> the declared title names, under an <h1> that names the section", () => {
    const item = first(
      "readability-webmd.html.gz",
      "http://www.webmd.com/allergies/news/20150223/babies-peanuts-allergy",
    );
    expect(item.title).toBe("Babies Who Eat Peanuts Early May Avoid Allergy");
    // the dateline under the section's name and a tool bar's label
    expect(item.date).toBe("2015-02-23");
    // a sign-in box with the id "authorization" holds no byline
    expect(item.authors).not.toContain("Sign");
    // "By Brenda Goodman, MA<br>WebMD Health News": the first line is the name, with its credential
    expect(item.authors).toEqual(["Brenda Goodman, MA"]);
    expect(item.paragraphs).not.toContain("Font Size");
  });

  it("leaves out a date line that names the agency or the update's time (ma.hu, Libération)", () => {
    const para = (t: string) => `<p>${t}</p>`;
    const story = [
      "Újabb robbanások rázkódtatták meg az északkelet-kínai Tiencsin város kikötői negyedét szombaton, ahol szerda éjjel óriási detonáció történt egy vegyszerraktárban.",
      "A China News Service hírügynökség jelentése szerint szombaton váratlanul ismét nagy tűz lobbant fel a területen, és a tűzoltók egész nap dolgoztak a helyszínen.",
      "A hatóságok szerint a halálos áldozatok száma tovább nőhet, mert a romok alatt még mindig sok eltűnt embert keresnek a mentőcsapatok a kikötő környékén.",
    ];
    for (const line of ["2015.08.15 10:28MTI", "2015. augusztus 20., 11:16 forrás: MTI"]) {
      const html = `<html><head><title>Újabb robbanások történtek Tiencsinben</title></head><body><article><h1>Újabb robbanások történtek Tiencsinben</h1>${para(line)}${story.map(para).join("")}</article></body></html>`;
      const item = parseHtml(html, { url: "https://ma.hu/kulfold/2015/08/15/tiencsin" }).items[0];
      expect(item?.paragraphs).toEqual(story);
    }
  });
});
