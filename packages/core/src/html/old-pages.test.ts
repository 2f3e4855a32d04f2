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

  it("reads a short Chinese story beside a long list of links as the story (Sina Tech, 2014)", () => {
    // the shape of readability-js's test page (tech.sina.com.cn, 2014): an <h1> og:title repeats,
    // three paragraphs of 315 characters, a sidebar of 66 app links; the lines are the page's own
    const apps = [
      "动漫迷必备利器：漫画控",
      "定制生活节奏：正点闹钟",
      "买票不用愁：买火车票",
      "出国游必备：旅行翻译官",
    ];
    const links = Array.from(
      { length: 66 },
      (_, k) => `<li><a href="http://app.sina.com.cn/appdetail.php?appID=${k}">${apps[k % 4]}${k}</a></li>`,
    ).join("");
    const html = `<html><head><title>谷歌两年花170亿美元并购 超五大公司总和|苹果|谷歌|科技公司_业界_新浪科技_新浪网</title><meta property="og:title" content="谷歌两年花170亿美元并购 超五大公司总和" /></head><body>
      <div id="article"><h1 id="artibodyTitle">谷歌两年花170亿美元并购 超五大公司总和</h1><span>2014年01月16日 04:04</span>
      <div id="artibody"><p>新浪科技讯 北京时间1月16日凌晨消息，据彭博社报道，过去两年时间里谷歌为收购硬件、软件和广告技术公司而花费的资金总额已达170亿美元，比苹果公司、微软、亚马逊、Facebook和雅虎用于并购交易的投资总额还要高，这五家公司总共才投入了130亿美元资金用于并购。</p>
      <p>最近，谷歌刚刚收购了智能恒温器生产商Nest和机器人公司波士顿动力公司(Boston Dynamics)。</p>
      <p>美国投资公司派杰(Piper Jaffray)分析师吉恩·蒙斯特(Gene Munster)在接受彭博社采访时称，谷歌将需继续做出“重大押注”，以便将公司业务拓展到在线搜索以外的其他领域中去。</p></div></div>
      <div id="apps"><ul>${links}</ul></div></body></html>`;
    const page = parseHtml(html, { url: "http://tech.sina.com.cn/it/2014-01-16/04049100515.shtml" });
    expect(page.kind).toBe("article");
    expect(page.items[0]?.title).toBe("谷歌两年花170亿美元并购 超五大公司总和");
  });

  it("leaves out a law firm blog's 'On Behalf of' line (WCXB dev 0296, a Justia blog)", () => {
    const story = [
      "Every year, thousands of people are injured by products that fail to work as they were designed to, or that were designed in a way that made them dangerous.",
      "Manufacturers, distributors and retailers can all be held responsible when a defective product injures someone who was using it as it was intended.",
      "If you were hurt by a defective product, an attorney can help you understand whether you have a claim and what it may be worth under the law.",
    ];
    const html = `<html><head><title>When is a product defective?</title></head><body><article><h1>When is a product defective?</h1><p>On Behalf of O’Malley Tunstall PLLC | Apr 21, 2017 | Products Liability</p>${story.map((t) => `<p>${t}</p>`).join("")}</article></body></html>`;
    expect(parseHtml(html, {}).items[0]?.paragraphs).toEqual(story);
  });

  it("leaves out a CMS field's label (Drupal's field-label: 'Episode Teaser Image:')", () => {
    const item = first(
      "goose-marketplace.html.gz",
      "http://www.marketplace.org/shows/marketplace-tech-report/marketplace-tech-friday-april-19-2013",
    );
    expect(item.paragraphs[0]).toMatch(/^Gun control advocates are looking for new options/);
  });
});
