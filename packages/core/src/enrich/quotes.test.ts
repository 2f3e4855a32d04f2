// Quotes and speakers, one test per kind of error seen on real reporting; every sentence is
// written for the test (none is copied from the corpus).
import { describe, expect, it } from "vitest";
import { pageFromDump } from "../../fixtures/enrich/page.js";
import { view } from "../../fixtures/enrich/view.js";
import { enrich } from "./index.js";

function quotes(paragraphs: string[], date = "2024-03-14") {
  const input = `14 March 2024 In News\n\n${paragraphs.join("\n\n")}\n`;
  const item = enrich(pageFromDump(input, /^14 March 2024 In /, date)).items[0];
  const e = view(item?.enrichment as NonNullable<NonNullable<typeof item>["enrichment"]>, input);
  return e.quotes.filter((q) => q.kind === "direct").map((q) => [q.text, q.speaker, q.speakerEntity]);
}

describe("speakers", () => {
  it("reads the name after a title, an organisation's possessive or a lowercase role", () => {
    expect(
      quotes([
        "“The budget will pass before the summer recess,” said Agriculture Minister Lena Marsh.",
        "“We expect more rain than usual this week,” says the Bureau’s Tomas Varga.",
        "“Nobody in the valley had seen a flood like it,” said co-author Hannah Brightwell.",
      ]),
    ).toEqual([
      ["The budget will pass before the summer recess", "Lena Marsh", "person:lena-marsh"],
      ["We expect more rain than usual this week", "Tomas Varga", "person:tomas-varga"],
      ["Nobody in the valley had seen a flood like it", "Hannah Brightwell", "person:hannah-brightwell"],
    ]);
  });

  it("takes the subject, not the object, of a verb like 'told'", () => {
    expect(
      quotes([
        "Karim Hossain, a rice farmer in the district, told reporters, “The rain came too late for us.”",
      ]),
    ).toEqual([["The rain came too late for us.", "Karim Hossain", "person:karim-hossain"]]);
  });

  it("resolves a pronoun to the nearest earlier speaker of its gender, never to a name inside a quote", () => {
    expect(
      quotes([
        "“The port was closed for a whole week,” said Anna Berg, a shipping agent.",
        "Tom Reed, the harbour master, disagreed. “We reopened it on the third day,” he said. “The delays came from customs,” she added.",
        "“I spoke with Maria Costa about the backlog,” he said.",
      ]),
    ).toEqual([
      ["The port was closed for a whole week", "Anna Berg", "person:anna-berg"],
      ["We reopened it on the third day", "he", "person:tom-reed"],
      ["The delays came from customs", "she", "person:anna-berg"],
      ["I spoke with Maria Costa about the backlog", "he", "person:tom-reed"],
    ]);
  });

  it("resolves a pronoun to the speaker named earlier in the same sentence", () => {
    expect(
      quotes([
        "Peter Lang then offered a reason for the delay: “The cranes were broken for a month,” he said.",
      ]),
    ).toEqual([["The cranes were broken for a month", "he", "person:peter-lang"]]);
  });

  it("leaves a pronoun unresolved rather than give it a person of the other gender", () => {
    expect(
      quotes(["Robert Klein chaired the meeting.", "“The minutes were never published,” she said."]),
    ).toEqual([["The minutes were never published", null, null]]);
  });

  it("gives a quote in a paragraph of its own the speaker who ended the paragraph before", () => {
    expect(
      quotes([
        "Lena Marsh said the ministry would review every contract signed since 2019.",
        "“Each of them will be read again before the spring, line by line.”",
      ]),
    ).toEqual([
      ["Each of them will be read again before the spring, line by line.", "Lena Marsh", "person:lena-marsh"],
    ]);
  });
});

describe("speakers that are organisations", () => {
  it("resolves 'the report', 'the agency' and an acronym to the organisation the text named", () => {
    expect(
      quotes([
        "A March report by the Northfield Water Institute found that the wells had dropped again. “Supplies will not recover before the next decade,” the report said.",
        "Officials at the Department of Fisheries were asked about the quotas. In a written reply, the agency said, “No quota has been raised this year or the last.”",
        "KTL Freight Lines cut forty routes in May. “Demand for the northern lanes has simply gone,” KTL said.",
      ]),
    ).toEqual([
      ["Supplies will not recover before the next decade", "the report", "org:northfield-water-institute"],
      ["No quota has been raised this year or the last.", "the agency", "org:department-of-fisheries"],
      ["Demand for the northern lanes has simply gone", "KTL", "org:ktl-freight-lines"],
    ]);
  });
});

describe("partial quotes", () => {
  it("keeps a short fragment inside reported speech or beside a speech verb", () => {
    expect(
      quotes([
        "Ruth Okafor said the decision was “deeply disappointing” for the families who waited.",
        "The council rejected the claims as “plainly untrue,” said Ivan Petrov.",
      ]),
    ).toEqual([
      ["deeply disappointing", "Ruth Okafor", "person:ruth-okafor"],
      ["plainly untrue", "Ivan Petrov", "person:ivan-petrov"],
    ]);
  });

  it("drops scare quotes, labels and titles, even in a sentence that attributes", () => {
    expect(
      quotes([
        "The company called it a “strategic pause” in hiring, Ruth Okafor said.",
        "The so-called “green corridor” opened on Monday, officials said.",
        "She said the film “Night Over Lisbon” was her favourite, and Ivan Petrov said the “winter plan” had failed.",
      ]),
    ).toEqual([]);
  });
});

describe("quotes running over paragraphs", () => {
  it("gives one quote per paragraph, each with the speaker", () => {
    expect(
      quotes([
        "“We had no warning before the water rose,” said Omar Haddad, who runs a bakery by the river. “By midnight the ground floor was gone.",
        "“We lost the ovens, the flour and the van, and the insurer has not called back.”",
      ]),
    ).toEqual([
      ["We had no warning before the water rose", "Omar Haddad", "person:omar-haddad"],
      ["By midnight the ground floor was gone.", "Omar Haddad", "person:omar-haddad"],
      [
        "We lost the ovens, the flour and the van, and the insurer has not called back.",
        "Omar Haddad",
        "person:omar-haddad",
      ],
    ]);
  });

  it("keeps nested straight quotes inside the quote that holds them", () => {
    expect(quotes(['"Buyers paid for "seats" and got nothing more than that," said Omar Haddad.'])).toEqual([
      ['Buyers paid for "seats" and got nothing more than that', "Omar Haddad", "person:omar-haddad"],
    ]);
  });
});

describe("French, Spanish and German reporting", () => {
  it("reads their quotation marks, speech verbs and inverted attributions", () => {
    expect(
      quotes([
        "« Nous n’avons reçu aucune aide depuis lundi », a déclaré Marie Dubois, maire de la commune.",
        "Jean Martin est arrivé le soir. « La situation reste très grave dans le quartier », dit-il.",
        "«No tenemos agua potable desde el lunes por la mañana», dijo Ana López, vecina del barrio.",
        "„Wir haben keine andere Wahl mehr gehabt“, sagte Thomas Müller. »Das ist ein schwerer Tag für die Stadt«, sagte er.",
      ]),
    ).toEqual([
      ["Nous n’avons reçu aucune aide depuis lundi", "Marie Dubois", "person:marie-dubois"],
      ["La situation reste très grave dans le quartier", "il", "person:jean-martin"],
      ["No tenemos agua potable desde el lunes por la mañana", "Ana López", "person:ana-lopez"],
      ["Wir haben keine andere Wahl mehr gehabt", "Thomas Müller", "person:thomas-muller"],
      ["Das ist ein schwerer Tag für die Stadt", "er", "person:thomas-muller"],
    ]);
  });
});
