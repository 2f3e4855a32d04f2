import { describe, expect, it } from "vitest";
import { detectLang, scriptOf } from "./detect.js";

describe("detectLang", () => {
  it.each([
    ["en", "Lawmakers seek tougher penalties for ID thieves"],
    ["fr", "Assemblée générale 2019 : temps forts"],
    ["fr", "DuoDay : découvrir le monde de l'entreprise"],
    ["it", "In allegatto i compiti per le classi prime e seconde medie"],
    ["es", "El gobierno anuncia nuevas medidas económicas"],
    ["pt", "O governo anuncia novas medidas econômicas"],
    ["de", "Die Regierung kündigt neue Maßnahmen an"],
    ["nl", "De regering kondigt nieuwe maatregelen aan"],
    ["pl", "Rząd ogłasza nowe środki gospodarcze"],
    ["ru", "Правительство объявило новые меры"],
    ["zh", "融通关于旗下部分开放式基金新增华瑞保险销售有限公司为销售机构"],
    ["ja", "政府が新たな経済対策を発表"],
    ["ar", "مرحبا بالعالم هذا نص عربي"],
    ["he", "שלום עולם זה טקסט בעברית"],
  ])("reads %s in %j", (lang, text) => {
    expect(detectLang(text)).toBe(lang);
  });

  it.each(["", "OK", "社会", "2019-06-24 12:00", "\u0000\u0001\u0002".repeat(200), "!!!???..."])(
    "says null for case %# (too short, no letters)",
    (text) => {
      expect(detectLang(text)).toBeNull();
    },
  );

  it("reads a long text from its opening, and mixed scripts by their majority", () => {
    const french = "Le conseil municipal a voté le budget de la ville pour l'année prochaine. ".repeat(
      50_000,
    );
    expect(detectLang(french)).toBe("fr");
    expect(detectLang("网易新闻 NBA 滚动新闻 国内 国际 社会 评论 深度 军事 历史")).toBe("zh");
  });

  it("never throws on odd input", () => {
    expect(detectLang("\uD800\uDC00\uFFFD".repeat(100))).toBeNull();
    expect(detectLang(undefined as unknown as string)).toBeNull();
  });
});

describe("detectLang on East Asian scripts", () => {
  it("tells Chinese, Japanese and Korean apart by script", () => {
    expect(detectLang("今天天气很好我们去公园")).toBe("zh");
    expect(detectLang("今日はとても良い天気です")).toBe("ja");
    expect(detectLang("오늘은 날씨가 아주 좋습니다")).toBe("ko");
  });
});

describe("scriptOf", () => {
  it("reads the script of the opening, ASCII or not", () => {
    expect(scriptOf("Le conseil vote")).toBe("latin");
    expect(scriptOf("2019 — 12:30 !!")).toBeNull();
    expect(scriptOf("12 345 …")).toBeNull();
    expect(scriptOf("网易新闻网易 News")).toBe("han");
    expect(scriptOf("Новости дня: 21 декабря")).toBe("cyrillic");
    // only the first `limit` characters count
    expect(scriptOf(`${"1".repeat(80)}abc`, 80)).toBeNull();
    expect(scriptOf(`${"a".repeat(80)}网易新闻网易新闻`, 80)).toBe("latin");
    expect(scriptOf("")).toBeNull();
  });
});
