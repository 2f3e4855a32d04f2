import { describe, expect, it } from "vitest";
import {
  AUTHOR_BIO,
  END_HEADING,
  isCallToAction,
  isCreditedCaption,
  isLabelLine,
  opensWithCallToAction,
} from "./body-labels.js";

// lines read in the bodies of WCXB dev articles: the first list is furniture the gold text leaves out,
// the second is text of the articles that must stay (several look alike)
describe("isLabelLine", () => {
  it("takes ad slots, tables of contents, share and read-on buttons, placeholders and form messages for furniture", () => {
    for (const line of [
      "Advertisement",
      "Advertisement - Continue Reading Below",
      "Table of Contents",
      "Share this post",
      "Share this:",
      "Read more",
      "8 min read",
      "Reading time: 4 minutes",
      "Loading paragraph...",
      "Loading image...",
      "Thank you! Your submission has been received!",
      "Oops! Something went wrong while submitting the form.",
      "How useful was this post?",
      "No votes so far! Be the first to rate this post.",
      "Email Address",
      "most popular",
      "Join Our Genius Newsletter",
      "By subscribing to this newsletter, you agree to our terms of service and privacy policy.",
      "Thanks for signing up!",
      // (WCXB dev 0151, 4614)
      "Get the latest articles, inspiring how-to’s, and educational workbooks delivered to your inbox.",
      "Get news, updates, & event Info delivered right to your inbox:",
      "Photo courtesy Method Architecture",
      "Getty Images / Holger Leue",
      "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod",
      "Related Content",
      "Read Next",
      "You might like",
      "Written by",
      "Medically reviewed by",
      "No credit card required.",
      "Already have an account? Log in",
      "Official websites use .gov A .gov website belongs to an official government organization in the United States.",
      "Latest posts by Autumn Adams (see all)",
      "Print This Page",
      "Rate this article",
      "The views expressed by the authors of this blog are their own and do not necessarily reflect the views of APNIC. Please note a Code of Conduct applies to this blog.",
      // sites' copyright lines inside the container (WCXB dev 0161, 4117, 0281)
      "Copyright © 2023 NPR. All rights reserved. Visit our website terms of use and permissions pages at www.npr.org for further information.",
      "© Copyright 2004-2025 Dieter Hogen, Uta Pippig, and Take The Magic Step®. All Rights Reserved.",
      "© 2025 Claight Corp. All Rights Reserved",
      // publishers' standard affiliate notices (WCXB dev 0010, 0050, 1821)
      "Products are chosen independently by our editors. Purchases made through our links may earn us a commission.",
      "Every item on this page was chosen by a Veranda editor. We may earn commission on some of the items you choose to buy.",
      "We earn a commission for products purchased through some links in this article. Why Trust Us?",
      // affiliate notices opening the text (WCXB dev 0004, 0009, 0461, 4823)
      "We may earn commission from links on this page, but we only recommend products we back. Why Trust Us?",
      "This article contains affiliate links that may earn us a commission at no extra cost to you. Read our Disclosure for more. Thanks for your support",
      "As an Amazon Associate we earn from qualifying purchases. We also may use affiliate links in our posts, as well. Thanks!",
      "If you click on a link and make a purchase we may receive a small commission. Read our editorial policy.",
      // breadcrumb trails printed as a line (WCXB dev 0229, 4527)
      "Home › What are HR Services? › What is HR Consulting? › 15 Best HR Consulting Firms 2026",
      "Home / News / The health benefits of intermittent fasting",
      // tag lists and share prompts under the text (WCXB dev 0297, 4645, 0111)
      "Tags: Employment, Health & Fitness, Mid-sized Businesses, Paul Fenaroli",
      "Tags: starter",
      "Share this on:",
      // a byline's and a date's labels on lines of their own (WCXB dev 0355, 0319)
      "Posted By",
      "Posted On",
      "Estimated reading time:",
      "Text Size",
      // ad slots, labels and credits of Bulgarian, Hungarian and Polish news pages (2015)
      "REKLAMA",
      "hirdetés",
      "Размер на шрифта:",
      "Още по темата",
      "Fot. alphaspirit/iStockphoto",
      // a script's data left in the page (zaol.hu)
      '["289093","305015","347211"]',
      "null",
      "EDITORS' PICKS",
      "Filed under",
      "Filed under: Nation, Politics, Top Stories",
      "Font Size",
      // image credits by a label (WCXB dev 0054, 4064, 4048, 4058; goose's businessinsider3, lefigaro)
      "Image: Move.org",
      "(Credit: Joseph Maldonado)",
      "Photo: Ben Hasty/Getty Images",
      "Illustration: Chris Philpot",
      "Image: © Silke Woweries/Getty Images",
      "Illustration by Mike Nudelman",
      "Crédits photo : Jean-Christophe MARMARA/Le Figaro",
    ])
      expect(isLabelLine(line), line).toBe(true);
  });

  it("keeps the article's own short lines", () => {
    for (const line of [
      "Loading time of your pages",
      "Prep Time 10 mins",
      "10 mins",
      "Photo Credit: www.littlebitsofhome.com",
      // a blogger's own notes, kept by the gold (WCXB dev 4642, 4161)
      "This post may contain affiliate links. This means that when you click the link and make a purchase, I may receive a commission.",
      "As an Amazon Associate, this website earns from qualifying purchases.",
      // kept by the gold of WCXB dev 4844, and a longer line that only opens with a label
      "image source: Google",
      "Photo: the crew at the summit on the third morning, after a night in the snow cave",
      "Conclusion",
      "Frequently Asked Questions",
      "Pros",
      "Cons",
      "Share of revenue by segment",
      "Join the team as they climb the north face",
      "Copyright law protects the expression of an idea, not the idea itself.",
      "Home prices rose 4% in March, the survey found.",
      "Tags are how the site groups posts by topic.",
      // a line of an article on creators' income (WCXB dev 0231), kept by its gold
      "Affiliate programs: Streamers earn a commission when viewers buy games, gear, or software via affiliate links.",
    ])
      expect(isLabelLine(line), line).toBe(false);
  });
});

describe("isCreditedCaption", () => {
  it("takes a short line ending with its photo's credit for a caption", () => {
    for (const line of [
      "Jean-Marc Ayrault, le 27 octobre 2012 à Toulouse (Photo Lionel Bonaventure. AFP)",
      "W Polsce najwięcej wydają turyści amerykańscy, ale najwięcej jest niemieckich (fot. sxc.hu)",
      "Министърът на транспорта Ивайло Московски и премиерът Бойко Борисов © снимка: БГНЕС",
    ])
      expect(isCreditedCaption(line), line).toBe(true);
  });

  it("keeps lines that name a photo otherwise", () => {
    for (const line of [
      "The photo (taken in 1936) shows the harbour before the war.",
      "She sent me the photo: a dog on a beach.",
      "Copyright © photo agencies is a tangle of contracts, the lawyer said, and most editors never read them.",
    ])
      expect(isCreditedCaption(line), line).toBe(false);
  });
});

describe("END_HEADING", () => {
  it("ends the body at the headings of lists of other stories and of source lists", () => {
    for (const h of [
      "Latest News",
      "Article Sources",
      "Related Posts",
      "About the Author",
      "3 Comments",
      // whole headings of lists of other stories (WCXB dev 0209, 4659, 0003, 0089, 0167, 4538, 0213)
      "More Podcasts",
      "Other Posts You May Enjoy",
      "More articles by Dylan Bailey, MS, RD, FAND",
      "Explore more related content",
      "You may be interested in the following topics as well:",
      "Related topics & resources",
      "More Resources...",
    ])
      expect(END_HEADING.test(h), h).toBe(true);
  });

  it("does not end it at a heading of the article that starts alike", () => {
    for (const h of [
      "Latest news on the strike: what we know",
      "Most popular destinations in 2025",
      "Sources",
      // headings of the articles' own text (WCXB dev 0217, 4861, 4667, 1974)
      "Popular Furniture Styles: An Overview",
      "Recommended Providers",
      "Latest Industry Trends and Standards in 2027",
      "Recommended Software and Apps",
      "More podcasts are recorded at home than ever",
    ])
      expect(END_HEADING.test(h), h).toBe(false);
  });
});

// the opening words of bios under WCXB dev articles, and lines of their text that open alike
describe("AUTHOR_BIO", () => {
  it("reads a bio's opening: a name, then what the person writes", () => {
    for (const line of [
      "Kelia Losa Reinoso is a content writer at Tastewise with more than five years of experience",
      "Julia Gralberg is a freelance travel writer, editor of Hotel & Resort Guide",
      "Sarah is a writer, teacher, and mother.",
      "Irene is an experienced writer with five years' experience in the tech niches.",
      "Lauren has written for The Events Calendar blog since 2018.",
      "About the author Jorge Jimenez is a writer at Housecall Pro",
    ])
      expect(AUTHOR_BIO.test(line), line).toBe(true);
  });

  it("leaves lines of the text that name a tool or a person's other work", () => {
    for (const line of [
      "Flatliner is a handy code editor that helps to test the Flatline expressions.",
      "BigML provides the following modes of services:",
      "The author is a writer of note, the critics said.",
      "Nigel Price, the founder and owner of Drip Coffee Makers in New York City",
    ])
      expect(AUTHOR_BIO.test(line), line).toBe(false);
  });
});

// calls to action read in the bodies of WCXB dev articles, and lines of their text that speak of
// sign-ups, trials, demos and newsletters without asking the reader for them
describe("opensWithCallToAction", () => {
  it("reads blocks that open with their call to action", () => {
    for (const line of [
      "Ready to simplify your nutrition? Get started today.",
      "Sign up today and make this your healthiest fall yet.",
      "Book a FREE demo of FieldEdge and see how the best electrician software helps your business power through every job faster.",
      "To find out more about ServiceTitan, the #1 home and commercial service software, book a free demo.",
      "If you’re interested in exploring our solution, keep reading or start a free 14-day trial.",
      "Love movies? Live for TV? USA TODAY's Watch Party newsletter has all the best recommendations, delivered right to your inbox. Sign up now and be one of the cool kids.",
      "To read the rest of this story subscribe to STAT+.",
      "Be sure to sign up below so we can stay in touch!",
      "Want more from NBC Select? Sign up for our newsletter, The Selection, and shop smarter.",
      "Was this newsletter forwarded to you? Sign up to get it in your inbox.",
    ])
      expect(opensWithCallToAction(line), line).toBe(true);
  });

  it("leaves blocks that tell something first, or only speak of a trial, a quote or a newsletter", () => {
    for (const line of [
      "Atlas’s professional packing and unpacking services have complimented local, long-distance, and international moves for over 75 years. Want to ensure your belongings are handled by trusted experts? Get a quote and experience the Atlas difference.",
      "That's what my goal is with this course. It's going to help you streamline your business, simplify your content marketing using podcasting, and ultimately make more money in your business, create more impact, all of that kind of good stuff. Sign up now!",
      "Once you've decided to hire a mover, you've only got a few steps left to get a quote for your move.",
      "The platform offers a 30-day free trial to test their service.",
      "NutritionFacts.org itself is a nonprofit, science-based public service, where you can sign up for free daily updates on the latest in nutrition research via bite-sized videos and articles.",
    ])
      expect(opensWithCallToAction(line), line).toBe(false);
  });

  it("reads no call to action in a line that only mentions a newsletter", () => {
    expect(
      isCallToAction(
        "Elaine Chen covers biotech, co-writes The Readout newsletter, and co-hosts STAT’s weekly biotech podcast, The Readout Loud. You can reach Elaine on Signal at elaineywchen.70.",
      ),
    ).toBe(false);
  });
});
