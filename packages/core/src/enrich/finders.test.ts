import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pageFromDump } from "../../fixtures/enrich/page.js";
import { view } from "../../fixtures/enrich/view.js";
import { enrich } from "./index.js";

// one item dated `date` whose paragraphs are `paragraphs`, enriched and shown as words
function run(paragraphs: string[], date = "2017-12-21") {
  const input = `21 December 2017 In News\n\n${paragraphs.join("\n\n")}\n`;
  const item = enrich(pageFromDump(input, /^21 December 2017 In /, date)).items[0];
  return view(item?.enrichment as NonNullable<NonNullable<typeof item>["enrichment"]>, input);
}

describe("event figures", () => {
  it("reads active and passive counts, approximations and sub-counts", () => {
    const e = run([
      "At least 12 civilians were killed and more than 40 people wounded in the shelling, while rescuers pulled out 3 children.",
      "Police arrested 1,200 protesters. Some 3,000 families have been displaced. Two journalists remain missing.",
    ]);
    expect(e.figures.map((f) => [f.kind, f.count, f.approximate, f.who])).toEqual([
      ["killed", 12, true, "civilians"],
      ["injured", 40, true, "people"],
      ["rescued", 3, false, "children"],
      ["detained", 1200, false, "protesters"],
      ["displaced", 3000, true, "families"],
      ["missing", 2, false, "journalists"],
    ]);
  });

  it("leaves out years, percentages and counts of things", () => {
    const e = run([
      "In 2012 talks began. Four Russian jets raided the town and 20 buildings were destroyed. About 40% were hurt by prices.",
      "The cleaner killed 99.9% of germs and the spray killed 90 percent.",
    ]);
    expect(e.figures).toEqual([]);
  });

  it("reads counts with words before the verb, no noun, number words, vague amounts and tolls", () => {
    const e = run([
      "Three people have died. At least 106 protesters in 21 cities have been killed, and as many as 200 have been arrested.",
      "The raid claimed the lives of dozens of civilians; hundreds of families were forced to flee and 12 remain unaccounted for.",
      "Rescuers evacuated more than 300 residents. The death toll rose to 45 on Sunday. Two journalists were taken into custody.",
    ]);
    expect(e.figures.map((f) => [f.kind, f.count, f.approximate, f.who])).toEqual([
      ["killed", 3, false, "people"],
      ["killed", 106, true, "protesters"],
      ["detained", 200, true, null],
      ["killed", 24, true, "civilians"],
      ["displaced", 200, true, "families"],
      ["missing", 12, false, null],
      ["rescued", 300, true, "residents"],
      ["killed", 45, false, null],
      ["detained", 2, false, "journalists"],
    ]);
  });
});

describe("cited documents", () => {
  it("normalises Security Council resolutions, one per number", () => {
    const e = run([
      "The council adopted UNSCR 2401 after Security Council resolution 2139 (2014) failed; it recalled resolutions 2165, 2191 and 2258.",
    ]);
    expect(e.documents.map((d) => [d.id, d.text])).toEqual([
      ["UNSCR 2401", "UNSCR 2401"],
      ["UNSCR 2139", "Security Council resolution 2139 (2014)"],
      ["UNSCR 2165", "resolutions 2165"],
      ["UNSCR 2191", "2191"],
      ["UNSCR 2258", "2258"],
    ]);
  });

  it("takes a bare resolution number only when the council or the assembly is named", () => {
    expect(run(["The city council passed resolution 45 on parking."]).documents).toEqual([]);
    expect(run(["The General Assembly adopted resolution 377 in 1950."]).documents.map((d) => d.id)).toEqual([
      "UNGA resolution 377",
    ]);
  });

  it("finds named agreements and communiqués", () => {
    const e = run([
      "Both sides cited the Sochi Agreement and the Vienna Communiqué, and the ‘de-escalation zones’ agreement.",
    ]);
    expect(e.documents.map((d) => [d.id, d.kind])).toEqual([
      ["Sochi Agreement", "agreement"],
      ["Vienna Communique", "communique"],
      ["de-escalation zones agreement", "agreement"],
    ]);
  });
});

describe("named documents", () => {
  it("finds acts, bills, directives, treaties and court cases, with an acronym given for one", () => {
    const e = run([
      "Lawmakers passed the Coastal Fisheries Protection Act of 2021 and the Clean Rivers Bill, and both sides cited the Treaty of Lisbon and the Geneva Convention.",
      "The Corporate Sustainability Reporting Directive (CSRD) applies from 2025; critics say the CSRD is costly. In Smith v. Jones the court agreed.",
      "Violations of the Berne Convention and the TRIPS Agreement were listed.",
    ]);
    expect(e.documents.map((d) => [d.id, d.kind, d.text])).toEqual([
      ["Coastal Fisheries Protection Act 2021", "law", "Coastal Fisheries Protection Act of 2021"],
      ["Clean Rivers Bill", "bill", "Clean Rivers Bill"],
      ["Treaty of Lisbon", "treaty", "Treaty of Lisbon"],
      ["Geneva Convention", "treaty", "Geneva Convention"],
      [
        "Corporate Sustainability Reporting Directive",
        "directive",
        "Corporate Sustainability Reporting Directive",
      ],
      ["Corporate Sustainability Reporting Directive", "directive", "CSRD"],
      ["Smith v. Jones", "court-case", "Smith v. Jones"],
      ["Berne Convention", "treaty", "Berne Convention"],
      ["TRIPS Agreement", "agreement", "TRIPS Agreement"],
    ]);
  });

  it("takes no lowercase act, no head inside a longer name, no contract, product or citation", () => {
    const e = run([
      "Staff at Harvard Law School called it an act of kindness. The Act was not named, and the bill failed.",
      "Sign the Operating Agreement, buy Ocean Protocol tokens and read Practical Law, as in Lee J. Sport Phys. Act.",
    ]);
    expect(e.documents).toEqual([]);
  });
});

describe("event dates", () => {
  it("resolves weekdays back from the item's date, and forward when the sentence looks ahead", () => {
    const e = run([
      "Jets struck on Monday morning and again last Thursday. Talks will resume on Friday. The envoy arrived yesterday.",
    ]);
    expect(e.eventDates.map((d) => [d.text, d.date, d.part])).toEqual([
      ["on Monday morning", "2017-12-18", "morning"],
      ["last Thursday", "2017-12-14", null],
      ["on Friday", "2017-12-22", null],
      ["yesterday", "2017-12-20", null],
    ]);
  });

  it("reads written dates, with the item's year when the text gives none", () => {
    const e = run(["The siege began on 19 December and the ceasefire of March 3, 2016 collapsed."]);
    expect(e.eventDates.map((d) => [d.text, d.date])).toEqual([
      ["19 December", "2017-12-19"],
      ["March 3, 2016", "2016-03-03"],
    ]);
  });

  it("reads wire-style weekdays after a verb, and looks ahead only when the words before say so", () => {
    const e = run(
      [
        "The mayor announced Wednesday that the bridge would close. Two men pleaded guilty Monday.",
        "Rain should ease by Saturday morning. The hearing is scheduled for Feb. 14. The Dec. 12 vote was annulled.",
        "The shop is open every Monday, Monday-Friday, but not on Black Friday.",
      ],
      "2024-03-14",
    );
    expect(e.eventDates.map((d) => [d.text, d.date])).toEqual([
      ["Wednesday", "2024-03-13"],
      ["Monday", "2024-03-11"],
      ["by Saturday morning", "2024-03-16"],
      ["Feb. 14", "2025-02-14"],
      ["Dec. 12", "2023-12-12"],
    ]);
  });

  it("gives a weekday with a written date to the date, and a yearless date its nearest year", () => {
    const e = run(["Filing closes on Wednesday, April 15, 2026. Payments are due April 15."], "2025-12-12");
    expect(e.eventDates.map((d) => [d.text, d.date])).toEqual([
      ["Wednesday, April 15, 2026", "2026-04-15"],
      ["April 15", "2026-04-15"],
    ]);
  });

  it("reads French, Spanish and German weekdays, day words and dates", () => {
    const e = run(
      [
        "Le ministre a déclaré mardi que la frontière restait fermée, et hier la police a confirmé le 3 mars 2024.",
        "El presidente dijo el lunes que el 5 de marzo de 2024 fue un día difícil.",
        "Die Polizei teilte am Montag mit, dass am 5. März 2024 niemand verletzt wurde.",
      ],
      "2024-03-14",
    );
    expect(e.eventDates.map((d) => [d.text, d.date])).toEqual([
      ["mardi", "2024-03-12"],
      ["hier", "2024-03-13"],
      ["3 mars 2024", "2024-03-03"],
      ["el lunes", "2024-03-11"],
      ["5 de marzo de 2024", "2024-03-05"],
      ["am Montag", "2024-03-11"],
      ["5. März 2024", "2024-03-05"],
    ]);
  });

  it("resolves nothing without an item date", () => {
    expect(run(["They met on Tuesday."], "").eventDates).toEqual([]);
  });
});

describe("quotes", () => {
  it("reads every kind of quotation mark, with speakers before and after", () => {
    const e = run([
      "Maria Lopez, spokeswoman for the Red Cross, said: «Our teams reached the city after three days of waiting.»",
      "„Wir haben keine andere Wahl mehr gehabt“, sagte er.",
      "“The shelling did not stop for a single hour,” said Omar Hassan.",
      "The so-called ‘safe zones’ were not safe.",
    ]);
    expect(e.quotes.map((q) => [q.kind, q.text, q.speaker, q.speakerEntity])).toEqual([
      [
        "direct",
        "Our teams reached the city after three days of waiting.",
        "Maria Lopez",
        "person:maria-lopez",
      ],
      ["direct", "Wir haben keine andere Wahl mehr gehabt", null, null],
      ["direct", "The shelling did not stop for a single hour", "Omar Hassan", "person:omar-hassan"],
    ]);
  });

  it("resolves pronouns to a person of a fitting first name, and surnames after auxiliaries", () => {
    const e = run([
      "Maria Lopez met John Smith in Geneva. She said that the talks would continue next month in the capital.",
      "Martin Parr opened the show. Parr has said: “With photography, I like to create fiction out of reality.”",
    ]);
    expect(e.quotes.map((q) => [q.kind, q.speaker, q.speakerEntity])).toEqual([
      ["reported", "She", "person:maria-lopez"],
      ["direct", "Parr", "person:martin-parr"],
    ]);
  });

  it("takes no clause for a speaker", () => {
    const e = run([
      "Keeping notes, writing a README, and publishing your work on GitHub all help.",
      "It keeps the list of items declared: functions, types, globals and the rest of them.",
    ]);
    expect(e.quotes).toEqual([]);
  });

  it("gives no speaker to a pronoun with nobody before it", () => {
    const e = run(["He said that the road to the north was closed for the whole week."]);
    expect(e.quotes).toEqual([]);
  });
});

describe("entities", () => {
  it("maps spelling variants to one place and keeps unknown names only with a place word", () => {
    const e = run([
      "Shelling hit eastern Ghouta and the town of Douma. Residents of Gouta fled.",
      "Reading the report, officials met in Nice. Paris Baguette opened a shop.",
    ]);
    expect(e.entities.filter((x) => x.kind === "place").map((x) => [x.id, x.mentions])).toEqual([
      ["place:SY:eastern-ghouta", ["eastern Ghouta"]],
      ["place:SY:douma", ["Douma"]],
      ["place:SY:ghouta", ["Gouta"]],
      ["place:FR:nice", ["Nice"]],
    ]);
  });
});

describe("entity precision", () => {
  it("reads a country spelled like a first name only with a place cue, and no citation as a person", () => {
    const e = run([
      "Jordan said that the border would stay closed. Refugees in Jordan waited.",
      "See Chen Y. Self-kindness and health. Nelson MC, Griffiths MD. Review of apps.",
    ]);
    expect(e.entities.map((x) => [x.id, x.mentions])).toEqual([["place:JO:jordan", ["Jordan"]]]);
  });
});

describe("real passages from the corpus", () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../../fixtures/enrich/${name}`, import.meta.url), "utf8");

  it("wcxb 0153 (a trade-press article): quotes attributed to the CEO, by name and by pronoun", () => {
    const input = fixture("wcxb-0153.txt");
    const item = enrich(pageFromDump(input, /^1 December 2025$/, "2025-12-01")).items[0];
    const e = view(item?.enrichment as NonNullable<NonNullable<typeof item>["enrichment"]>, input);
    const tipton = e.entities.find((x) => x.kind === "person");
    expect(tipton).toMatchObject({ name: "Darren Tipton", role: "CEO of Paris Baguette North America" });
    // every speaker given is right; a paragraph that is only a quote takes the speaker who ended the one before
    expect(e.quotes.map((q) => [q.kind, q.text.slice(0, 30), q.speakerEntity])).toEqual([
      ["reported", "Next year, the plan is to add ", "person:darren-tipton"],
      ["direct", "We're already seeing interest ", "person:darren-tipton"],
      ["direct", "Bread is a common denominator ", "person:darren-tipton"],
      ["direct", "That'll be a new trade channel", "person:darren-tipton"],
      ["direct", "a true bakery", "person:darren-tipton"],
      ["direct", "For me, raised in Queens, New ", "person:darren-tipton"],
      ["reported", "That AUV has grown to close to", "person:darren-tipton"],
      ["reported", "Paris Baguette's proprietary d", "person:darren-tipton"],
      ["direct", "It's a unique model. They have", "person:darren-tipton"],
      ["direct", "I really think we have somethi", "person:darren-tipton"],
    ]);
    const places = e.entities.filter((x) => x.kind === "place").map((x) => x.name);
    expect(places).toContain("Mexico");
    expect(places).toContain("United States");
    expect(places.filter((n) => n === "Paris")).toHaveLength(1); // "in Paris", not "Paris Baguette"
    expect(e.entities.find((x) => x.name === "Paris")?.mentions).toEqual(["Paris"]);
    expect(e.figures).toEqual([]);
  });

  it("listing teasers: a quoted courthouse name is not a quote; an unattributed teaser quote has no speaker", () => {
    const input = fixture("listing-teasers.txt");
    const page = enrich(pageFromDump(input, /^\d+ \w+ \d{4}$/, "2015-03-26"));
    const [first, second] = page.items.map((i) =>
      view(i.enrichment as NonNullable<typeof i.enrichment>, input),
    );
    expect(first?.quotes).toEqual([]);
    expect(first?.entities.filter((x) => x.kind === "person").map((x) => [x.name, x.role])).toEqual([
      ["Walter B. Jones", "Congressman"],
    ]);
    expect(first?.entities.find((x) => x.kind === "place")).toMatchObject({
      name: "Washington",
      country: "US",
    });
    expect(second?.quotes).toEqual([
      {
        kind: "direct",
        text: "DREAM Act is the right thing to do – both economically for our country and morally.",
        speaker: null,
        speakerEntity: null,
      },
    ]);
  });
});
