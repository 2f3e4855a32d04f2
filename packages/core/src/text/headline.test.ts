// Headlines of articles as a text browser dumps them (issue 12): how a reader tells the headline
// among the lines over the body. Each input is a real page of the WCXB dev articles
// (../shared/corpus/wcxb-dev-articles) as `lynx -dump -nolist -width=200` prints it, cut to the
// lines around the head of the story; the page's number is in the test's name.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectLossless } from "../../scripts/expect-lossless.js";
import { parseText } from "./parse.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/text/${name}`, import.meta.url), "utf8");

describe("the headline of an article dump", () => {
  it("takes a headline that reads as a sentence, set apart over the byline, not the section link over it (0480)", () => {
    const page = parseText(ENTERPRISES_PIVOT);
    expectLossless(page, ENTERPRISES_PIVOT);
    expect(page.kind).toBe("article");
    const item = page.items[0];
    expect([item?.title, item?.date]).toEqual([
      "Enterprises pivot to smaller, measurable AI projects by 2026",
      "2025-12-19",
    ]);
    // the headline is not the body's first paragraph
    expect(item?.paragraphs[0]).toMatch(/^Enterprise buyers are set to pull back/);
  });

  it("takes the upper of two stacked headings, the lower being the subtitle over the byline (2414)", () => {
    const page = parseText(LLM_WORKFLOW);
    expectLossless(page, LLM_WORKFLOW);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.title).toBe("My LLM coding workflow going into 2026");
  });

  it("keeps the story's headline over the line the listing reading took beside the date (0454)", () => {
    const page = parseText(ALWAYS_DNS);
    expectLossless(page, ALWAYS_DNS);
    expect(page.items).toHaveLength(1);
    expect([page.items[0]?.title, page.items[0]?.date]).toEqual([
      "Is it really always the DNS?",
      "2025-12-19",
    ]);
  });

  it("prefers the heading a breadcrumb ends with to a section heading nearer the body (4233)", () => {
    const page = parseText(MESH_WIFI);
    expectLossless(page, MESH_WIFI);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.title).toBe("What is Mesh WiFi?");
  });

  it("takes the post's title under the day's date, not the blog's name over the blurb (0441)", () => {
    const page = parseText(SMALL_MODELS);
    expectLossless(page, SMALL_MODELS);
    expect(page.items).toHaveLength(1);
    const item = page.items[0];
    expect([item?.title, item?.date]).toEqual(["Small adventures with small language models", "2025-12-19"]);
    expect(item?.paragraphs[0]).toMatch(/^I've been talking to people about small language models/);
  });

  it("finds the headline over a long table of contents when the author's picture stands between it and the byline, beside a dated box of related posts (0016)", () => {
    const input = fixture("a0016.lynx.txt");
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.kind).toBe("article");
    const item = page.items[0];
    expect([item?.title, item?.date]).toEqual([
      "How Machine Learning is Shaping eCommerce – 10 Benefits, Use Cases, Best Practices",
      "2025-11-14",
    ]);
    expect(item?.paragraphs[0]).toMatch(/^eCommerce has come a long way/);
  });

  it("reads a story holding nearly all of the page's prose as the article, not the box of two related posts under it, with no date or byline by its headline (0061)", () => {
    const page = parseText(TIPPING_GUIDE);
    expectLossless(page, TIPPING_GUIDE);
    expect(page.kind).toBe("article");
    expect(page.items).toHaveLength(1);
    const item = page.items[0];
    expect(item?.title).toBe("How Much to Tip at Restaurants: Your Ultimate Tip Chart and Guide");
    expect(item?.paragraphs.join(" ")).toMatch(/Regularly train your staff on the nuances of tipping/);
  });

  it("reads a rule under the headline as no paragraph (0419)", () => {
    const page = parseText(INEFFECTIVE_AGENTS);
    expectLossless(page, INEFFECTIVE_AGENTS);
    const item = page.items[0];
    expect(item?.title).toBe("The 7 habits of highly ineffective agents");
    expect(item?.paragraphs[0]).toMatch(/^Using Claude Code to build a procedural shader starfield/);
  });
  it("finds the headline a trail ends with under the menus' blurbs that opened the body's run (0219)", () => {
    const page = parseText(PLUMBING_TRENDS);
    expectLossless(page, PLUMBING_TRENDS);
    expect(page.items).toHaveLength(1);
    const item = page.items[0];
    expect(item?.title).toBe("7 Plumbing Industry Trends You Need To Know in 2025");
    // the menus' blurbs are not the story's text
    expect(item?.paragraphs.join("\n")).not.toContain("Resource Center");
  });

  it("reads a story headed over its dated byline as an article beside a box of dated posts (0370)", () => {
    const page = parseText(CANDIDATE_EXPERIENCE);
    expectLossless(page, CANDIDATE_EXPERIENCE);
    expect(page.kind).toBe("article");
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.title).toBe("Candidate Experience: Consulting Firm vs. Insurance Carrier");
    expect(page.items[0]?.paragraphs[0]).toMatch(/^A common question asked by candidates/);
  });
  it("takes the headline over the byline far above a body that is a later part of the story (0286)", () => {
    const page = parseText(TOP_INSURERS);
    expectLossless(page, TOP_INSURERS);
    expect(page.items).toHaveLength(1);
    // a table longer than a run's gaps parts the story's first part from its longest one
    expect([page.items[0]?.title, page.items[0]?.date]).toEqual([
      "TOP 100 Property & Casualty Insurance Companies in the U.S. in 2025",
      "2025-07-18",
    ]);
  });
  it("takes the run's first heading under a menu's one-line blurb as the headline (0125)", () => {
    const page = parseText(CERTIFICATE_OR_CERTIFICATION);
    expectLossless(page, CERTIFICATE_OR_CERTIFICATION);
    expect(page.items).toHaveLength(1);
    const item = page.items[0];
    expect(item?.title).toBe("What's the Difference Between a Certificate and a Certification?");
    expect(item?.paragraphs[0]).toMatch(/^Earning a certificate is a way for you to earn credits/);
  });
  it("takes no field label for the headline: 'Published on' over the date is none (0089)", () => {
    const page = parseText(HEALTH_INSURERS);
    expectLossless(page, HEALTH_INSURERS);
    expect(page.items).toHaveLength(1);
    expect([page.items[0]?.title, page.items[0]?.date]).toEqual([
      "List of Top Health Insurance Companies in the USA.: Finding the Right Coverage",
      "2025-10-31",
    ]);
  });
  it("takes a heading with a date in it for the headline, not the part heading under it (2645)", () => {
    const page = parseText(METASPLOIT_WRAP_UP);
    expectLossless(page, METASPLOIT_WRAP_UP);
    expect(page.items).toHaveLength(1);
    expect([page.items[0]?.title, page.items[0]?.date]).toEqual([
      "Metasploit Wrap-Up 12/19/2025",
      "2025-12-19",
    ]);
  });
});

// The same pages as plain text, one block per line with a blank line between (the shape of the
// Common Crawl text dumps in ../shared/corpus/listings): nothing is set apart by indentation here
describe("the headline of an article as plain text", () => {
  it("takes no numbered part of the story for its headline (0443)", () => {
    const page = parseText(HTTP_LOGGING);
    expectLossless(page, HTTP_LOGGING);
    expect(page.items).toHaveLength(1);
    expect([page.items[0]?.title, page.items[0]?.date]).toEqual([
      "Raw HTTP Message Logging for .NET HttpClient",
      "2025-12-18",
    ]);
  });
  it("takes no button's label for its headline (1821)", () => {
    const page = parseText(RUNNING_SHOES);
    expectLossless(page, RUNNING_SHOES);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.title).toBe("The 12 Best Running Shoes of 2026");
    expect(page.items[0]?.authors).toEqual(["Amanda Furrer"]);
  });
  it("takes no tag line for the headline (0454)", () => {
    const page = parseText(ALWAYS_DNS_PLAIN);
    expectLossless(page, ALWAYS_DNS_PLAIN);
    expect(page.items).toHaveLength(1);
    expect([page.items[0]?.title, page.items[0]?.date]).toEqual([
      "Is it really always the DNS?",
      "2025-12-19",
    ]);
  });
  it("takes neither a row of categories nor a byline run into its name for the headline (4088)", () => {
    const page = parseText(JAPAN_GUIDE);
    expectLossless(page, JAPAN_GUIDE);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.title).toBe(
      "What to Expect on Your First Trip to Japan- A First Time Visitor’s Guide",
    );
  });
  it("dates the story by the date line over its body when none stands by the line taken for its headline (0301)", () => {
    const page = parseText(ANALYTICS_PLATFORMS);
    expectLossless(page, ANALYTICS_PLATFORMS);
    expect(page.items).toHaveLength(1);
    expect([page.items[0]?.date, page.items[0]?.dateText]).toEqual(["2025-10-21", "21 October 2025"]);
  });
});

const ENTERPRISES_PIVOT = `Search

   ____________________ (BUTTON)

   Enterprise boardroom ai workflow diagrams incremental integration
   #
   SaaS
   #
   Data Protection
   #
   Manufacturing

Enterprises pivot to smaller, measurable AI projects by 2026

   Fri, 19th Dec 2025
   Author image
   By Shannon Williams, Journalist

   Enterprise buyers are set to pull back from large-scale artificial intelligence deployments in favour of smaller, measurable projects in 2026, as anxiety over AI hype, security and data
   readiness reshapes spending plans across both private and public sectors.

   Senior executives working with large organisations say the past year exposed a gap between experimentation with generative tools and the hard work of embedding AI agents into core workflows,
   prompting a shift towards incremental gains and more resilient architectures.

   AI adoption

   Jaimie Tilbrook, Chief Product Officer of data management firm EncompaaS, said many enterprises and government agencies still treat AI as an add-on rather than a change in how work gets done.
`;

const LLM_WORKFLOW = `   #Elevate

   Elevate

Elevate

   (BUTTON) (BUTTON)
   (BUTTON) Subscribe (BUTTON) Sign in

My LLM coding workflow going into 2026

Best practices for staying in control while coding with AI

   Addy Osmani's avatar
   Addy Osmani
   Dec 18, 2025
   (BUTTON)
   133
   (BUTTON)
   8
   (BUTTON)
   12
   (BUTTON)
   Share

   AI coding assistants became game-changers this year, but harnessing them effectively takes skill and structure. These tools dramatically increased what LLMs can do for real-world coding, and
   many developers (myself included) embraced them.

   At Anthropic, for example, engineers adopted Claude Code so heavily that today ~90% of the code for Claude Code is written by Claude Code itself. Yet, using LLMs for programming is not a
   push-button magic experience - it’s “difficult and unintuitive” and getting great results requires learning new patterns. Critical thinking remains key. Over a year of projects, I’ve
   converged on a workflow similar to what many experienced devs are discovering: treat the LLM as a powerful pair programmer that requires clear direction, context and oversight rather than
   autonomous judgment.

   In this article, I’ll share how I plan, code, and collaborate with AI going into 2026, distilling tips and best practices from my experience and the community’s collective learning. It’s a
   more disciplined “AI-assisted engineering” approach - leveraging AI aggressively while staying proudly accountable for the software produced.

`;

const ALWAYS_DNS = `          + Corporate Documents
          + Publications Archive
          + Careers
          + Glossary
     * Contact

   Skip to the article

Is it really always the DNS?

   By George Michaelson on 19 Dec 2025

   Category: Tech matters

   Tags: DNS, outages
   Tweet

   Blog home
   The 'it's always DNS' meme has led to 3D printed signs like this one by .

   In a beautifully typeset post, Paul Tagliamonte critiqued the meme that almost any failure in a software service can be attributed to the Domain Name System (DNS). He coined a new, unnamed
   rule:

     If you can replace ‘DNS’ with ‘key value store mapping a name to an ip’ and it still makes sense, it was not, in fact, DNS.
     Paul Tagliamonte

   Meanwhile, Jonathon Belotti interrogated the incident report that Amazon produced following the recent outage in their us-east-1 region, including the role of the DNS in that incident. His
   post illustrates the power of Paul’s rule by drawing lessons to be learned and thinking critically, even when there is a DNS query involved.

DNS beyond the meme

   Rather than stop at the mimetic explanation, Jonathan shared a seasoned take on the different components of a complex system that failed and how this had an accumulating impact.

   Both Paul and Jonathan distinguish between events actually ‘inside’ the DNS, and events that expose as a failure in DNS-related information, but are actually not caused by the DNS as such.

   Paul gives the example of each:
     * Actually, the DNS: A divergence in DNSSEC interpretation leading public DNS services 8.8.8.8 (operated by Google) and 1.1.1.1 (operated by CloudFlare) to return different responses during
       a DNSSEC roll-back for slack.com, causing a partial Slack outage depending on which public resolver responded to your DNS queries.
     * Not actually the DNS: An outage that affected DNS data-flow beyond a time-to-live timeout in your cached labels, leading your automation to remove DNS data (the us-east-1 outage).

   Jonathan’s post probes more deeply into the outage following the same line of reasoning. Software has many dependencies, and these can be design flaws in how you construct an online system,
   or they can be sets of smaller problems that line up in the classic ‘Swiss cheese holes’ model, which James Reason advanced in the early 1990s.

When dogfooding collides with name-address mapping

   Jonathon’s post also raised the question of ‘dogfooding’ — deliberately designing your systems to depend on internally managed and maintained components that you also offer to the wider
   community. The term comes from the saying ‘eat your own dog food’, presumably because if you can’t stomach it, your dog can’t either. Dogfooding is something all significant service delivery
   organizations come to, sooner or later.

   The problem in Jonathan’s example reminded me of a challenge faced by an older order of service delivery network — the electricity supply network. Electricity networks must be able to manage
`;

const MESH_WIFI = `     * News
     * Shop
     * Search

   Search
   ____________________ (BUTTON)
   NETGEAR BlogTechnologyWhat is Mesh WiFi?

What is Mesh WiFi?

   Unlock seamless connectivity with NETGEAR's cutting-edge mesh WiFi systems. Experience reliable coverage, faster speeds, and effortless setup.
   (BUTTON) Shop Mesh WiFi (BUTTON) Mesh WiFi vs. Extenders
   NETGEAR Orbi
   WRITTEN BY

   NETGEAR Orbi Team

   Share Article
     *
     *
     *
     * Copy link

   IN THIS ARTICLE
     * WiFi Mesh: An Overview
     * What is Mesh?
     * What is a Mesh Network?
     * What is a Mesh WiFi System?
     * How does Mesh WiFi work?
     * What is a Mesh Router?
     * What are the Benefits of Mesh WiFi?
     * Mesh Network: Advantages and Disadvantages
     * Mesh WiFi vs Extender: What’s the difference?
     * How to set up Mesh WiFi
     * FAQ's

WiFi Mesh: An Overview

   Mesh WiFi systems are wireless networks that combine a WiFi router with one or more mesh satellites to expand the coverage area of a single WiFi network. In a Mesh WiFi system, connected
   devices are seamlessly handed off to the router or satellite with the strongest WiFi signal in a given area.

   This makes mesh WiFi a great solution for large homes and businesses where a single router will not provide adequate coverage. Mesh WiFi systems give users great flexibility to place
   satellites in different areas for optimal WiFi coverage, preventing WiFi “dead spots” throughout the space.

   Shop our best Mesh WiFi Systems
   SHOP WIFI MESH SYSTEMS

What is Mesh?

   Curious about mesh WiFi? Learn how to get the best WiFi coverage and fastest WiFi speeds throughout your whole home by using multiple devices to create a seamless mesh network.
`;

const SMALL_MODELS = `   #Engora Data Blog - Atom Engora Data Blog - RSS Engora Data Blog - Atom

Engora Data Blog

   Mike Woodward's thoughts on AI, data, and analytics. I cover AI, ML, management, law, statistics, company culture, hiring, data visualization, Python, SQL and a whole bunch of other topics.

Friday, December 19, 2025

Small adventures with small language models

Small is the new large

   I've been talking to people about small language models (SLMs) for a little while now. They've told me they've got great results and they're saving money compared to using LLMs; these are
   people running businesses so they know what they're talking about. At an AI event, someone recommended I read the recent and short NVIDIA SLM paper, so I did. The paper was compelling; it
   gave the simple message that SLMs are useful now and you can save time and money if you use them instead of LLMs.
   [Screenshot%202025-12-18%20at%2012.20.26.png]

   (If you want to use SLMs, you'll be using Ollama and HuggingFace. They work together really well.)

   As a result of what I've heard and read, I've looked into SLMs and I'm going to share with you what I've found. The bottom line is: they're worth using, but with strong caveats.

What is a SLM?

   The boundary between an SLM and an LLM is a bit blurry, but to put it simply, an SLM is any model small enough to run on a single computer (even a laptop). In reality, SLMs require quite a
   powerful machine (developer spec) as we'll see, but nothing special, and certainly nothing beyond the budget of almost all businesses. Many (but not all) SLMs are open-source.

   (If your laptop is "business spec", e.g., a MacBook Air, you probably don't have enough computing power to test out SLMs.)

How to get started

   To really dive into SLMs, you need to be able to use Python, but you can get started without coding. Let's start with the non-coders path because this is the easiest way for everyone to get
   going.

   The first port of call is visiting ollama.com and downloading their software for your machine. Install the software and run it. You should see a UI like this.
   [Screenshot%202025-12-18%20at%2009.27.52.png]

   Out-of-the-box, Ollama doesn't install any SLMs, so I'm going to show you how to install a model. From the drop down menu on the bottom right, select llama3.2. This will install the model on
   your machine which will take a minute or so. Remember, these models are resource hogs and using them will slow down your machine.

   Once you've installed a model, ask it a question. For example, "Who is the Prime Minister of Canada?". The answer doesn't really matter, this is just a simple proof that your installation was
`;

const INEFFECTIVE_AGENTS = `    #toby/hede

toby/hede

   Home Blog About

   (BUTTON) tobyhede@GitHub

   Nov 30, 2025

The 7 habits of highly ineffective agents
     __________________________________________________________________________________________________________________________________________________________________________________________

   Using Claude Code to build a procedural shader starfield with multi-layer parallax in Bevy started as a fun side-quest. A Sunday afternoon diversion from the relentless complexity of orbital
   mechanics.

   Stars are basically white dots.

   Sites like Shadertoy are full of starfields. Every game engine on earth has shipped one. There are literal decades of prior art on “make small white things move convincingly in the
   background”.

   How hard could it be?

   Pretty fucking hard, as it turns out.

   Two weeks, three full rewrites, and thousands of lines of planning docs and revisions.

   At the end, I asked Claude Code to analyse the mess.

   Starfield Background Planning Documents
     * Total documents: 17 files
     * Total size: 13,220 lines / 45,171 words

   Claude’s conclusion:

     Time waste: ~71% due to lack of discipline

   Lack of discipline. I can’t even.

   Here are the 7 habits of highly ineffective agents I encountered:
    1. Planning Theatre Write dense and systematically wrong plans.
    2. Confidently Incorrect Architecture Design the wrong thing in incredible detail.
    3. Context Resistance The context is futile. You will be hallucinated.
    4. Imaginary Implementation Works on my hallucination.
    5. Context Evasion Treat hard constraints and instructions as optional vibes.
`;

const PLUMBING_TRENDS = `          + Support
       Resource Center
        What's New What's New Resource Center Resource Center Customer Stories Customer Stories Webinars Webinars Podcasts Podcasts Guides Guides
       Free Tools
        Test Your Response Times Test Your Response Times Text an AI Employee Text an AI Employee Online Reputation Grader Online Reputation Grader Business Valuation Calculator Business
            Valuation Calculator ROI of Phones ROI of Phones Google Review Link Generator Google Review Link Generator Texting Templates Texting Templates Test Drive Webchat Test Drive Webchat
       Support
        Help Center Help Center Contact Us Contact Us

   Sales: 1-801-438-4425Sign inGet a demo
   Home >Marketing >7 Plumbing Industry Trends You Need To Know in 2025
   < Back to blog

7 Plumbing Industry Trends You Need To Know in 2025

   Podium staff

   Podium Staff
   Stay ahead in plumbing with insights on emerging trends. From smart tech integration to sustainability, explore the future of the plumbing industry.
   Watch demo
   calendar Apr 16, 2024
   clock 0 min. read
     * facebook
       Facebook
     * linkedin
       LinkedIn
     * twitter
       Twitter
     * email
       Email
     * copy link
       Copy to clipboard

   We’ll always need plumbers, right? Well yes, we need professional plumbers to maintain water systems. It’s vital infrastructure. But that doesn’t mean the volume and type of plumbers’ work
   isn’t impacted by trends in the wider construction industry and by trends in consumer demand. There are definite shifts in the plumbing industry to be aware of to maintain and grow your
   customer base as a solo master plumber or a multi-location plumbing company.

The Importance of Knowing Industry Trends

`;

const CANDIDATE_EXPERIENCE = `   CAS Organizational Chart
   Elections
   Committees
   Career Center
   Find a Job
   Post a Job
   About Career Center
   Career Center Best Practices
   Careers at CAS
   Career News
   Inspiring Future Actuaries: CAS and Insurance Careers Month
   01/31/2025
   Purdue University Faculty Positions in Actuarial Science
   01/06/2025
   Thank You for Following #ActuariesinTECH
   08/02/2022
   Roundtable Blog
   Press & Media Resources
   Emerging Trends Resources
   Recent News
   CAS Appoints Lauren Finnis, Shaun Wang to Board of Directors for One-Year Terms
   12/17/2025
   Help Shape the Future of CAS Exams — Become a Pre-Tester!
   12/16/2025
   CAS Past President David Flynn Passes Away
   12/04/2025

Candidate Experience: Consulting Firm vs. Insurance Carrier

   03/01/2017 by Agatha Caleo, Candidate Representative to the Candidate Liaison Committee

   A common question asked by candidates searching for their first actuarial job is, “Should I work for a consulting firm or a traditional insurance carrier?” In Future Fellows December 2008 &
   March 2009, we addressed several myths about the similarities and differences of consulting firms vs. insurance carriers from the points of view of long-term actuaries. For this article, we
   decided to interview people at an earlier point in their careers: candidates.
   Dan DiMugno, ACAS, has worked for insurance carrier Travelers for five years in a variety of roles. Ken Steinhauser has been a consultant in life and annuities for Oliver Wyman for two years.
   In his five-year actuarial career, Manpreet Mann has worked at both a carrier and a consulting firm, first at The Hanover and now at Aon. All have reached or are very close to achieving
   Associateship in their respective actuarial societies and are active in their companies’ student programs. All three of our candidates sat down together to talk about their personal
   experiences.
   Which has the best environment for passing exams?

   Our candidates felt that while there were differences in the study culture between a consulting firm and an insurance carrier, one was not necessarily “better” than the other. While number of
   study hours was similar, how each candidate scheduled his study time varied. Steinhauser said of studying at a consulting firm that “people who are most successful at it around here build a
   lot of buffer into their study schedules.” Mann agreed that a buffer is necessary to allow for flexibility when client needs arise, stating, “There are situations where if you’re studying and
   a client calls you up or a broker calls you up, you’ll have to take the call and put your study time on pause, but you can always get back to it at a later time…In general, we’re able to use
   our study time as we need to.” In contrast, at a carrier, DiMugno’s study time was a little more structured, generally two hours each day during exam season. He said that if an important
   meeting comes up months before the exam, he generally adjusts his study schedule and attends the meeting, but as the date of the exam approaches, focus shifts and “study time takes priority
   over certain work items.”
   Everyone agreed that their study time was respected by colleagues and supported by management. Most of their coworkers are taking or have taken actuarial exams and are very understanding of
   the process. Steinhauser took it a step further, explaining that “a consultant spending hours studying is a tangible investment for a consulting firm and so I think from that standpoint the
   good managers … realize that getting people all their study time and making sure that everyone’s passing exams on the first try is the most efficient way to run the business.” “It’s not just
   management that wants you to pass but each other as well,” added DiMugno. “There’s no cut-throat type of feeling.”
   Which has the best training program?

   Our candidates agreed that training at an insurance carrier is more formal. Carriers can often provide targeted training because their candidates are working on more focused tasks. They then
   use formal rotation programs to expand the breadth of a candidate’s knowledge. Steinhauser said candidates in consulting tend to get “thrown onto live work and pick it up as you go.” Neither
   he nor Mann had formal rotational programs at their companies. “However,” Mann explained, “we do work with a lot of different products and get to work with different people as well, so we are
   able to see different areas of the profession.” If candidates’ learning styles do not match the company’s training philosophy, they can still be successful; they might just have to work a
   little harder.
   Which has a better work-life balance?

   DiMugno says work-life balance is part of the culture at his carrier, but it may be a function of the large pool of actuaries; greater ability to spread the work around makes this “possibly
   more of a large carrier thing than a carrier thing,” he said. “Work-life balance is sort of an individual concept,” stated Steinhauser. While he agrees that the “hours tend to be a little bit
   longer or a little bit less predictable,” it appears the stereotype of the overworked consultant is false, at least in this case. Mann said when he moved from carrier to consulting firm, he
   traded a more structured schedule with fewer hours for a more flexible schedule with occasionally longer hours. Client needs must be met, but he can always ask for help from other analysts if
   the work starts to overflow.
   How is the work different?

   The work can vary drastically. It is less about consulting vs. carrier and more about the exact position you are assigned. DiMugno has been in a rotational program at Travelers, with jobs
   ranging from auto reserving to profitability analysis for international markets. Steinhauser builds models for life- and annuities-related products for Oliver Wyman’s clients. At The Hanover,
   Mann worked in workers’ compensation ratemaking, including state filings; while at Aon, he spends most of his time in reserving for various casualty lines. As you can see, Mann’s consulting
   position at Aon is more similar to DiMugno’s reserving position at carrier Travelers than what Steinhauser does at consulting firm Oliver Wyman.
   On the other hand, there are some common themes to the consulting vs. carrier work environment. Two examples are personal interaction and travel. As a consultant, Steinhauser spends about
   half his week away from his office working on-site at client offices. Mann, also in consulting, travels only occasionally but spends much of his time interacting with clients, both external
   and internal (such as brokers). As an analyst for a carrier, DiMugno spends a similar amount of time interacting with people, but they are all on internal company teams (claims, advanced
   analytics, etc.).
   There are some general differences between working for a consulting firm or an insurance carrier, but it seems that where it matters most, conditions are comparable. Much more important is
   job description. Therefore, it is a good idea to keep options open and refrain from narrowing the job search too early by eliminating either consulting firms or insurance carriers from the
   pool of potential employers. Instead, a candidate needs to carefully evaluate each job on its individual merits.
   Home

Follow Us

     * Facebook
     * LinkedIn
     * Instagram
     * YouTube

   4350 N. Fairfax Drive, Ste. 250
   Arlington, VA 22203

`;

const TOP_INSURERS = `     * RANKINGS

   BEINSURE RANKING P&C Insurance

TOP 100 Property & Casualty Insurance Companies in the U.S. in 2025

   Oleg Parashchak
   Oleg Parashchak
   Jul 18, 2025
   7 min

   TOP 50 Property & Casualty (P&C) Insurance Companies in U.S.

Overview

    1. P&C insurance industry’s premiums
    2. TOP 100 Largest P&C Insurers in the United States
    3. US P&C – Financial Indicators and Combined Ratio Components
    4. P&C Insurance Trends and Challenges
    5. Opportunities for P&C insurers

   Largest Property & Casualty Insurance Companies in the United State. P&C Insurers in the U.S. wrote more than $938 bn (+8.5%) in premiums. The Top 200 insurers accounted for approximately
   96.15% of the total U.S. P&C industry premium, while others made up about 3.85%.

   The America’s 10 Largest P&C insurance companies command almost half (47%) of the market, with the top 25 insurers accounting for two-thirds of the overall share. Direct written premiums
   (DWP) from these insurance providers reached almost $550 bn at the end of last year, while earned premiums slightly exceeded ~$500 bn.

   US property and casualty insurance companies had a median price-to-estimated full-year 2024 earnings multiple of 12.1x, according to Beinsure Data by AM Best’s Review.

     TOP 10 largest property and casualty companies account for 48% of the total market. The P&C insurance industry’s net premiums written increased by 8.5%. Each of the top 6 companies has
     auto insurance as the largest component of its insurance business.

   The U.S. P&C insurance industry is a significant segment of the insurance market, providing coverage for risks associated with property loss (like fire, theft, or natural disasters) and
   liability exposures (such as automobile accidents or professional liability).

TOP 100 Largest P&C Insurers in the United States

   Rank Company/Group                        NPW ($’000)  % Change
   1    State Farm Group                     107,764,591  16.4
   2    Berkshire Hathaway Ins               80,324,255   4.1
   3    Progressive Ins Group                74,411,830   21.0
   4    Allstate Ins Group                   52,715,488   11.2
   5    Travelers Group                      41,097,985   8.2
   6    Liberty Mutual Ins Cos               38,493,651   -4.9
   7    USAA Group                           35,194,755   13.2
   8    Chubb INA Group                      25,887,348   -0.2
   9    Farmers Ins Group                    19,516,458   6.6
   10   Amer Family Ins Group                17,789,571   7.7
   11   Nationwide P&C Group                 17,219,201   -9.9
   12   Hartford Ins Group                   16,502,949   9.6
   13   Auto-Owners Ins Group                15,423,469   21.1
   14   Fairfax Financial (USA) Group        13,326,596   2.9
   15   Amer Intl Group                      13,276,772   0.9
   16   Erie Ins Group                       12,051,524   18.4
   17   Tokio Marine US PC Group             10,961,393   7.4
   18   W. R. Berkley Ins Group              10,797,620   9.0
   19   CNA Ins Cos                          9,704,793    7.9
   20   Everest Re US Group                  9,378,151    1.1
   21   Munich-Amer Hldg Corp Cos            9,024,861    4.7
   22   Cincinnati Ins Cos                   8,946,898    15.1
   23   Auto Club Enterprises Ins Group      7,940,735    19.8
   24   CSAA Ins Group                       7,461,614    25.7
   25   Great Amer P & C Ins Group           6,747,994    5.4
   26   Arch Ins Group                       6,670,563    25.6
   27   FM Group                             6,407,400    -0.5
US Property and Casualty – Policyholders’ Surplus

   Policyholders’ Surplus ($ bn)         2024    Year Change (%)
   Prior Year End Policyholders’ Surplus 1,016.9 6.2
   Net Income                            130.0   101.8
   Unrealized Capital Gains/(Losses)     -11.6   NM
   Contributed Capital                   1.4     5.6
   Stockholder Dividends                 -15.4   -83.9
   Other Changes                         -1.4    NM
   Ending Policyholders’ Surplus         1,120.0 17.4
   Change in PHS from Prior Year End ($) 103.0
   Change in PHS from Prior Year End (%) 10.1
   After Tax Return on Surplus (ROE)     11.6
   © A.M. Best Company, Inc. — used by permission

   Global commercial insurance prices rose by only 9% in the 2024, which was the sixth consecutive quarter of slowing premium increases for most P&C lines.

     US insurance industry net premiums written totaled $1.28 trillion, with premiums recorded by property/casualty insurers accounting for 51% and premiums by health/life insurers accounting
     for 49%.

   P&C insurance includes auto, homeowners and commercial insurance. Net premiums written for the sector totaled $652.8 bn last year. Meanwhile, the life/annuity insurance sector includes
   annuities, accident and health, and life insurance with net premiums for the sector totaling $240 bn.
   TOP 50 Largest P&C Insurers in the United States TOP 50 Largest P&C Insurers in the United States

   P&C carriers face a combination of complex and fast-evolving macroeconomic and industry trends, which interact with each other and the industry’s entrenched ways of working (see about P&C
   Insurance Claims Landscape).

   The US insurance industry employed 2.9 mn people, according to the US Department of Labor. Of those, 1.7 mn worked for insurance companies, including life and health insurers (962,500
   workers), P&C insurers (665,900 workers), and reinsurers (27,300 workers). The remaining 1.2 mn worked for insurance agencies, brokers, and other insurance-related enterprises.

     The net combined ratio for the P&C insurance industry was 102.4, with underwriting losses for personal lines partially offset by underwriting gains for commercial lines.

   The P&C insurance sector has long struggled with challenging fundamentals. Intense price competition erodes value across the board, and globally, only a small number of sector leaders turn a
   profit. Commoditization of both personal and commercial lines products, particularly in the small commercial segment, continues unabated.

`;

const CERTIFICATE_OR_CERTIFICATION = `
   All Programs
     * Events
     * News
     * Current Students
     * Finish Your Degree
     * Start Your Application

   (BUTTON) Site Menu (BUTTON) Search Modal

Start Exploring

   Tell us more about what you're looking for.
   ____________________ (BUTTON) Submit Search

Recommended

     * Finish Your Degree
     * Professional Certification Programs
     * Tuition & Financial Aid

What's the Difference Between a Certificate and a Certification?

   Image
   Man with headphones intently learning on computer

   Earning a certificate is a way for you to earn credits in a structured, discipline-specific way. A certificate can prepare you to advance in your career, or to gain the extra knowledge needed
   to stay competitive and up-to-date in your field. Completion of the certificate demonstrates evidence of specialized education achievement. It is recognized on a University of Virginia
   transcript.
   There are many fields, however, that have professional certifications that may be recommended or required (teaching, project management, accounting). A certificate program does not lead to a
   professional certification. Yes, the courses you take in a certificate program could help you prepare to earn a professional field-specific certification, but earning a certificate is not the
   same as becoming certified.
                                      Certificate                                 Certification
   Result of an educational process
     Result of an assessment process
   For newcomers and experienced professionals
     Typically requires experience
   Indicates completion of a course or series of courses with a particular focus
     Indicates mastery/competency measured against a standard – usually by exam
   Course content set through academic process
     Standards set through an industry-wide process
   Usually listed on a resume detailing education
     Typically results in a designation to use after one’s name (CPA, SPHR, PMP)
   Demonstrates knowledge of course content
     Often has ongoing training requirement (C.E.U.s)
   Gateway to a degree
     No relationship to attaining higher education/degree
   Take the next step

RFI Form

Take the next step

   Advancing your career and skill set has never been more achievable. Request more information about UVA SCPS degrees and certificates.

   By submitting this form, you authorize the University of Virginia and its representatives to contact you via SMS. You are providing your consent by submitting the form. Message and data rates
`;

const HEALTH_INSURERS = `   Press
   State Guides
   Support
   Pricing
   LoginGet a quote
   All Posts
   Healthcare
   List of Top Health Insurance Companies in the USA.: Finding the Right Coverage
   Healthcare
   5 min read

List of Top Health Insurance Companies in the USA.: Finding the Right Coverage

   Published on
   Oct 31, 2025
   List of Top Health Insurance Companies in the USA.: Finding the Right Coverage
   Blog
   Table of contents
   Heading 2
   Heading 3
   Heading 4
   Author
   Venteur
   Share

   Selecting the right health insurance provider requires careful consideration of multiple factors that directly impact your healthcare experience. The American health insurance market features
   numerous companies competing for your business, each with distinct strengths and specializations.

   The health insurance landscape in 2025 shows significant growth among industry leaders. UnitedHealth Group projects revenues between $450-455 billion for 2025, while other major players like
   Elevance Health, Centene, and Cigna have also announced strong financial outlooks for the year.

List Of Top Health Insurance Companies In USA

    1. UnitedHealthcare
    2. Elevance Health (formerly Anthem)
    3. Kaiser Permanente
    4. Centene Corporation
    5. Humana
    6. CVS Health (Aetna)
    7. Cigna Healthcare
    8. Health Care Service Corporation (HCSC – operates BCBS plans in 5 states)
    9. Blue Cross Blue Shield of Michigan
   10. Blue Shield of California
   11. Molina Healthcare
   12. Independence Blue Cross
   13. Florida Blue (GuideWell)
   14. Highmark Inc.
   15. Cambia Health Solutions (Regence BlueShield)
   16. Blue Cross Blue Shield of Illinois
   17. Blue Cross Blue Shield of Texas
   18. Blue Cross Blue Shield of North Carolina
   19. CareSource
   20. Premera Blue Cross
   21. Oscar Health
   22. Bright Health
   23. AmeriHealth Caritas
   24. UPMC Health Plan
   25. Point32Health (Harvard Pilgrim + Tufts Health Plan)

             Company               Type    Membership (Est.) States Served Medicare/Medicaid  ACA Marketplace                Notable Features
   UnitedHealthcare             For-Profit ~47M              All 50        Yes                Yes             Largest insurer; diverse plan options
   Elevance Health (Anthem)     For-Profit ~45M              14+           Yes                Yes             Focus on digital health tools
   Kaiser Permanente            Non-Profit ~12.6M            8             Yes                Limited         Integrated care model (hospitals + insurance)
   Centene Corporation          For-Profit ~25M              All 50        Medicaid focus     Yes             Largest Medicaid managed care provider
   Humana                       For-Profit ~17M              All 50        Medicare Advantage No              Specializes in senior health plans
   CVS Health (Aetna)           For-Profit ~24M              All 50        Yes                Yes             Combines pharmacy and insurance services
   Cigna Healthcare             For-Profit ~18M              All 50        Yes                Yes             Global health services; employer-focused plans
   HCSC (BCBS)                  Non-Profit ~17M              5             Yes                Yes             Operates BCBS plans in IL, TX, NM, OK, MT
   Blue Cross Blue Shield of MI Non-Profit ~5M               MI            Yes                Yes             Strong regional presence
   Blue Shield of California    Non-Profit ~4.8M             CA            Yes                Yes             Emphasis on affordability
   Molina Healthcare            For-Profit ~5.2M             19            Medicaid/Medicare  Yes             Low-income population focus
   Independence Blue Cross      Non-Profit ~3.5M             PA, DE        Yes                Yes             Partnerships with local hospitals
   Florida Blue (GuideWell)     Non-Profit ~5M               FL            Yes                Yes             Largest FL insurer; community health programs
   Highmark Inc.                Non-Profit ~6.5M             PA, WV, DE    Yes                Yes             Ties to Allegheny Health Network
   Cambia Health Solutions      Non-Profit ~3M               4             Yes                Yes             Operates as Regence BlueShield in the Northwest
   BCBS of Illinois             Non-Profit ~3.2M             IL            Yes                Yes             Part of HCSC network
   BCBS of Texas                Non-Profit ~6M               TX            Yes                Yes             Largest BCBS affiliate by membership
   BCBS of North Carolina       Non-Profit ~4.3M             NC            Yes                Yes             Expanding telehealth services
   CareSource                   Non-Profit ~2.5M             6             Medicaid focus     Yes             Specializes in underserved communities
   Premera Blue Cross           Non-Profit ~2.7M             WA, AK        Yes                Yes             Dominant in the Pacific Northwest
   Oscar Health                 For-Profit ~1.1M             19            Limited            Yes             Tech-first approach; app-based care navigation
   Bright Health                For-Profit ~0.9M             4             No                 Yes (limited)   Simplified plans; exited most markets in 2023
   AmeriHealth Caritas          For-Profit ~2.3M             13            Medicaid focus     No              Medicaid managed care leader
   UPMC Health Plan             Non-Profit ~4M               PA            Yes                Yes             Integrated with UPMC hospital system
   Point32Health                Non-Profit ~2.4M             6             Yes                Yes             Merger of Harvard Pilgrim and Tufts Health Plan

Types of Health Insurance Companies in the United States

   When people Google types of health insurance companies in USA they’re usually wondering who sells coverage and how those carriers differ behind the scenes.

   Below are the six dominant categories (plus the major plan designs they sell) so readers can quickly see where each of the “Top 10 Health Insurance Companies in USA” fits.
   Company type What it really means Well-known examples*
   National, for-profit insurers Publicly traded conglomerates that operate coast-to-coast and report quarterly to shareholders. UnitedHealthcare, Elevance Health, Aetna/CVS, Cigna, Humana
   Non-profit & mutual Blue plans Community-based Blue Cross Blue Shield affiliates or statewide mutuals that reinvest surplus into reserves and local programs. HCSC (IL/TX/OK/NM/MT), Florida
   Blue, BCBS of NC
   Integrated delivery systems (IDS) The insurer and the hospital network are under the same umbrella, giving members one brand “from premium to procedure.” Kaiser Permanente, UPMC Health Plan,
   Geisinger Health
   Government-program specialists Managed-care organizations that focus on Medicaid, Medicare Advantage or both. Centene, Molina, AmeriHealth Caritas, CareSource
   Tech-first “insurtechs” Venture-backed newcomers built around mobile apps, telehealth and simplified plan designs. Oscar Health, Bright Health
   Regional member-owned or co-op insurers Smaller, often not-for-profit carriers with deep local provider relationships and high satisfaction scores. Premera, HealthPartners, CDPHP

   Common plan designs (what you actually enroll in):
     * HMO | PPO | EPO | POS | HDHPs with HSAs—all national and regional insurers offer some mix of these network types.

   By combining structure (company type) + product (plan design) you’ll know whether a carrier’s business model—and its network rules—match your priorities.

`;

const METASPLOIT_WRAP_UP = `   #alternate RSS Feed

   Rapid7

     * (BUTTON) Platform
     * (BUTTON) Services
     * (BUTTON) Resources
     * (BUTTON) Partners
     * (BUTTON) Company
     *

   (BUTTON)

   Request Demo

   Back to Blog
   Products and Tools

Metasploit Wrap-Up 12/19/2025

   Spencer McIntyre
   Spencer McIntyre
   Dec 19, 2025|Last updated on Dec 19, 2025|xx min read
   Metasploit Wrap-Up 12/19/2025

React2Shell Payload Improvements

   Last week Metasploit released an exploit for the React2Shell vulnerability, and this week we have made a couple of improvements to the payloads that it uses. The first improvement affects all
   Metasploit modules. When an exploit is used, an initial payload is selected using some basic logic that effectively would make a selection from the first available in alphabetical order. Now
   Metasploit will prefer a default of x86 Meterpreters for Windows systems (since 32-bit payloads work on both 32-bit and 64-bit versions of Windows) and x64 Meterpreters for all other
   platforms including Linux. In the context of React2Shell, this means the payload now defaults to x64 for Linux instead of AARCH64.

   Another improvement that only affects this exploit was the change of the default payload to one leveraging Node.js which is more likely to be present than the wget binary that was required.
   These defaults should hopefully help users get started with this high-impact exploit with more ease, but of course any compatible payload can still be selected.

   Stay tuned for the Metasploit annual wrap-up and roadmap announcement coming up!

New module content (2)

N-able N-Central Authentication Bypass and XXE Scanner

   Authors: Valentin Lobstein [email protected] and Zach Hanley (Horizon3.ai)

   Type: Auxiliary

   Pull request: #20713 contributed by Chocapikk

   Path: scanner/http/nable_ncentral_auth_bypass_xxe

   AttackerKB reference: CVE-2025-11700

   Description: This adds an auxiliary module that exploits two CVEs affecting N-able N-Central. CVE-2025-9316, an Unauthenticated Session Bypass and CVE-2025-11700 a XXE (XML External Entity)
   vulnerability. The module combines both vulnerabilities to achieve unauthenticated file read on affected N-Central instances (versions < 2025.4.0.9).

Grav CMS Twig SSTI Authenticated Sandbox Bypass RCE

   Author: Tarek Nakkouch

   Type: Exploit

`;

const TIPPING_GUIDE = `   IFRAME: https://www.googletagmanager.com/ns.html?id=GTM-W2NL564

   Features
   Tablet Consolidation
   Centralized Reporting
   Menu Management
   IntegrationsPricingPartnersBlog
   LoginGet Started
   LoginGet Started
   LoginGet Started

   How Much to Tip at Restaurants: Your Ultimate Tip Chart and Guide

How Much to Tip at Restaurants: Your Ultimate Tip Chart and Guide

Table of contents

   Example H2
   Example H3
   Example H4
   Example H5
   Example H6
   Grow Orders, Save Time & Eliminate Tablet Chaos
   Cuboh integrates your delivery apps and online orders with your POS and consolidates them into a single tablet.
   Get a Demo
   Share Tweet LinkedIn

   Deciding how much to tip at a restaurant can sometimes feel like solving a math problem on the spot, especially with the wide range of tipping expectations across different types of dining
   experiences. But why do we tip, and how much is considered enough?

   Whether you’re a customer or restaurant owner, this guide aims to take the guesswork out of tipping, providing you with a straightforward approach. We'll explore the standard tipping rates
   (in an easy to digest chart), dive into the nuances of tipping etiquette (for customers and managers), and even offer an easy tip chart for calculating your gratuity.

Understanding Tipping in Restaurants

   The act of tipping entails giving an additional sum of money to a server for their service. It's essential to recognize tipping culture’s multifaceted role within the dining industry. Tipping
   is not just an act of financial generosity, it's a critical component of the economic model that sustains many restaurants and their employees. Many service staff rely on tips as a
   significant portion of their income, with wages often structured with the expectation of supplementary tipping. This practice, while varying globally, underscores a shared understanding
   between customers and staff of the service and effort provided.

   The standard amount to tip in full service restaurants is typically 20%. According to a study by Toast, quick-service restaurants, which typically offer a more streamlined dining experience
   with limited staff interaction, saw an average tipping percentage of 15.9%. In contrast, full-service restaurants, known for their more extensive service offerings, recorded a higher average
   tipping rate of 19.6%. This distinction underscores the impact of service level on tipping behaviors, suggesting that diners are inclined to tip more generously in settings where they receive
   more personalized and involved service.

Why Use a Tip Chart?

   By understanding and applying these recommended tipping practices, you contribute to a culture of respect and appreciation that supports the hardworking individuals in the hospitality
   industry. So, the next time you're dining out, let this tip chart be your guide to expressing gratitude, enhancing the dining experience for both you and the service team.

A Diner’s Guide to Tipping

   As a customer, having a grasp of tipping etiquette is essential to ensure a positive dining experience for both you and your server.

Group Dining Tipping Etiquette

   When splitting the tip, ensure that the tip is evenly divided among all parties, considering the total bill rather than individual contributions. Apps and calculators can simplify this
   process, ensuring fairness and accuracy. Be aware that many restaurants automatically add a gratuity for large groups (usually 6 or more). Always check your bill to avoid double-tipping,
   unless the service was exceptional and warrants an additional tip.

Tipping on Pre-Tax vs. Post-Tax Total

   The customary practice is to tip based on the pre-tax amount of your bill. Tipping on the post-tax total is generous and certainly appreciated but not necessary. This approach ensures that
   your tip reflects the service rather than tax rates, which can vary significantly by location.

Handling Service Charges

   Some restaurants include a service charge in the bill, especially for large groups or in locations where tipping isn’t customary. It’s important to distinguish between a service charge (which
   may not go directly to your server) and a tip. If you’re unsure, don’t hesitate to ask how the service charge is distributed.

Tipping for Takeout and Delivery

   While tipping for takeout isn’t mandatory, a gratuity (10-20%) is a kind gesture for the effort of preparing your order, especially for large or complicated orders. Delivery involves
   convenience and service directly to your door, warranting a 20% tip, adjusted for order size, difficulty, and weather conditions.

Using Digital Payment Methods

   With the increasing prevalence of digital payments, be prepared to tip electronically. Many systems suggest tipping percentages, making it easy to choose an appropriate amount. Remember, the
   act of tipping remains significant, irrespective of whether it’s done with cash or through a digital platform.

Reflect on the Impact of Your Tip

   Finally, consider the broader impact of your tipping practices. By tipping generously and thoughtfully, you're not just rewarding service excellence; you're contributing to the financial
   stability of service workers and endorsing a culture of mutual respect and appreciation within the hospitality industry.

Effective Tipping Strategies for Restaurant Owners and Management

   Tipping practices should be a concern for restaurant owners and management as well. Creating a positive tipping culture within your establishment ensures satisfied customers and motivated
   staff.

Implementing Fair Tipping Distribution Models

   Clearly define and communicate your tipping policies to both staff and customers. Whether you’re using a pooled tipping system or direct tips, transparency ensures that everyone understands
   how tips are distributed. Consider all staff roles in your tipping model, including those not directly interacting with customers but contributing significantly to the guest experience, such
   as kitchen and cleaning staff.

Educating Staff on Tipping Practices

   Regularly train your staff on the nuances of tipping, including how to handle tips ethically and report them accurately for tax purposes. This education can also cover how to split tips
   fairly among team members. Foster an environment that encourages outstanding service, directly influencing customer tipping behaviors. Reward and recognize employees who consistently deliver
   exceptional guest experiences.

Navigating Automatic Gratuities

   If your restaurant implements automatic gratuities for large groups or events, ensure this policy is clearly communicated to customers upfront, both verbally and in writing, to avoid
   confusion or dissatisfaction. Stay informed about local regulations regarding automatic gratuities, ensuring your policies comply with legal requirements and are fair to both customers and
   staff.

Addressing Customer Tipping Concerns

   Provide channels for customers to express their feedback or concerns about tipping practices. This openness not only improves the dining experience but also builds trust and loyalty among
   your clientele. Be willing to review and adjust your tipping policies based on staff feedback, customer satisfaction, and business performance. Adaptability ensures your practices remain
   relevant and supportive of your staff’s financial well-being.

Leveraging Technology for Tipping

   Incorporate digital payment and tipping options to streamline the process for customers and staff. Choose systems that offer flexibility in tipping amounts and clear reporting for easy
   management. A study by Upgraded Points showed that 73% of Americans tipped at least 11% more when paying through digital channels, with 14% saying they tipped anywhere between 21% and 25%.

Creating a Supportive Tipping Culture

   Encourage a culture where all staff members feel valued and part of the team, regardless of their direct interaction with customers. A supportive environment leads to better service, customer
   satisfaction, and, consequently, more generous tips. Actively address and mitigate any disparities in tipping that may arise, ensuring that all staff members are compensated fairly for their
   contributions to the restaurant's success.

   IFRAME: https://www.googletagmanager.com/ns.html?id=GTM-W2NL564

   Share Tweet LinkedIn

Grow Orders, Save Time & Eliminate Tablet Chaos

   Integrate your delivery apps and online orders with your POS and consolidate them into a single tablet. Helping you reduce order issues, grow your sales, and eliminate delivery headaches.
   Get A Demo
   Subscribe To Our Newsletter
   Join our subscribers list to get the latest news, updates and special offers delivered directly in your inbox
   ____________________ Subscribe
   Thank you! See you at your inbox every Tuesday 🚀
   Oops! Something went wrong while submitting the form.

Continue Reading

   Restaurant Kitchen Safety Tips

Restaurant Kitchen Safety Tips

   Operations
   Real Restaurant Problems and Challenges (with Solutions)

Real Restaurant Problems and Challenges (with Solutions)

   Operations
   How to Open a Coffee Shop: What You Need to Know to Get Started

How to Open a Coffee Shop: What You Need to Know to Get Started

   Operations

Product

   SolutionsPricingIntegrations

Features

   Tablet ConsolidationCentralized ReportingMenu Management

Company

   About UsCareersLogin

Resources

   Become a PartnerDevelopersBlogMarketplaceHelp Center

Contact

   info@cuboh.comCustomer Support:
   +1 (855) 572-8264Sales:
   +1 (855) 453-4965Cuboh Software Inc.
   201-1312 Blanshard St Victoria, BC V8W 2J1
   © Copyright Cuboh Software Incorporated 2023
   Terms of Service
   Privacy Policy

   Our website uses cookies. By continuing to navigate, we assume your permission to deploy cookies as detailed in our Privacy Policy.
   Accept Cookies

`;

const HTTP_LOGGING = `CODE FARM

Home Category Tag Archive About Résumé

"War is peace. Freedom is slavery. Ignorance is strength."

- George Orwell, 1984

Raw HTTP Message Logging for .NET HttpClient

18 Dec 2025

1. Introduction

Modern .NET applications frequently communicate with external services over HTTP, making observability of these interactions critical for development and debugging. This article explores a lightweight approach to capturing raw HTTP messages in protocol format, providing developers with immediate visibility into their HTTP traffic without external tooling.

1.1. The HTTP Visibility Problem

Debugging HTTP integrations in .NET applications often requires seeing the exact messages being sent and received over the wire. While IHttpClientFactory provides excellent patterns for managing HttpClient instances, and ASP.NET Core offers built-in HTTP logging middleware, these solutions have limitations for certain debugging scenarios.

The built-in HTTP logging uses structured logging with key-value pairs, which is excellent for telemetry and analytics. However, when troubleshooting API integrations during development, seeing the raw HTTP protocol format - headers and body as they appear on the wire - is often more valuable. This format matches what developers see in tools like Postman, Fiddler, or browser DevTools, making it easier to diagnose issues quickly.

1.2. Why Lightweight Logging Matters

High-level observability tools like OpenTelemetry provide comprehensive telemetry for production systems, but they can be heavyweight for local development troubleshooting. A lightweight solution that outputs raw HTTP messages directly to console or debug logs fills a critical gap:

Immediate feedback during development without external tools

Easy reproduction by copying HTTP messages to curl or Postman

`;

const RUNNING_SHOES = `Races

Video

Member Perks

About Us

More

  • Running Gear

  • Running Shoes

  • The 12 Best Running Shoes of 2026

The 12 Best Running Shoes of 2026

These shoes outkicked the rest for training, racing, trail running and more.

By Amanda FurrerUpdated: Dec 19, 2025 1:06 PM EST

View Products

thomas hengge

We earn a commission for products purchased through some links in this article. Why Trust Us?

  • Best Running Shoes

  • How We Selected

  • Full Reviews

  • Best Training Shoes

  • Best Racing Shoes

  • Best Trail Shoes

  • What to Consider

  • How to Choose the Best Running Shoes FAQs

Editor’s Note, December 19, 2025: We’ve added shoes from our winter guide and checked on inventory to make sure you can stock up over the holiday season. Our Best Trail pick, the Brooks Caldera 8, is also currently on sale with 20% off.

Shopping for a pair of running shoes can be a daunting task. At Runner’s World, we test hundreds of shoes a year, picking the best pairs to include in our annual RW Shoe Awards. In this list, we compile the best shoes, updating it every so often so you can stay in the know about the hottest releases and the trainers we’re still running in well past their testing cycle (that’s how great they are). We’re also included models in our Winter Shoe Guide, which features the latest releases our staff and local testers gave high marks. From road to trail, cushioned to lightweight, neutral to stability, all the shoes listed here we deem the best that are available right now.

With the help of Runner-in-Chief Jeff Dengate, who has tested running gear for almost two decades, and myself, a 13 times consecutive Boston Marathon finisher, we’ve logged thousands of miles during our tenure at Runner’s World, witnessing the dawn of super shoes and the evolution of stability tech. Below are our top picks based on our own testing, staff insights, and wear-tester feedback.

Best Running Shoes

`;

const ANALYTICS_PLATFORMS = `  • FAQs

The Compliance Conundrum in the Cloud Era: Governance and Adapting to Regulatory Volatility

Whitepaper

Security

The Compliance Conundrum in the Cloud Era: Governance and Adapting to Regulatory Volatility

by Megan Leanda Berry

5 min

Automate compliance. Strengthen resilience.

Get the new EM360Tech report on cloud and hybrid compliance. Learn how to replace manual audits with continuous assurance, automate evidence collection, and govern controls with confidence in a volatile regulatory landscape.

  • Why manual compliance can’t keep up

  • How automation transforms assurance and reporting

  • Practical governance models for automated controls

  • Managing data sovereignty across jurisdictions

  • Strategies for adapting to regulatory change

Get The Report

  • Top 10

  • /

  • Data

Top 10 Real-Time Data Analytics Platforms for 2025 (Plus 2 Bonus Picks!)

Megan Leanda Berry

21 October 2025

21 min

1207

2

Share on Twitter Share on LinkedIn Copy link

Link copied to clipboard!

EM360Tech explores the leading real-time data analytics tools helping enterprises turn streaming data into faster, smarter business decisions.

Enterprises of all shapes and sizes have data pouring in faster than ever. And not only does governance have to keep pace with this, but it also has to be turned into actionable intelligence a lot faster than before. Because the gap between enterprises that act on data in the moment and those whose insights lag days or even just hours behind is widening every day.

Real-time data analytics offers a solution—it's how organisations can keep decisions as dynamic as the data itself. Consider that 86 per cent of IT leaders now prioritise streaming data as a strategic imperative. Speed to insight is now table stakes.

But getting to real time at an enterprise scale still depends on clean integration, dependable data quality, and the right tools at your fingertips.

What Real-Time Data Analytics Really Means for Enterprises

Real-time analytics is not just a prettier, faster dashboard. It is analysis that happens as data arrives, so teams see and act while events are still unfolding. Unlike traditional batch processing, you’re not waiting on a schedule. Instead, you’re working on and with live streams of data from across your enterprise.

In practice, that could mean detecting an operational issue within seconds of it occurring, rather than hours later in a daily report. The aim is low-latency data in motion: capture events, process them, and trigger an insight or action within seconds. This underpins AI and automation at work.

Think on-site personalisation as a customer clicks, or network telemetry raising an alert the moment behaviour shifts. Done right, real-time pipelines are highly available (no downtime) and scalable, yet also governed to ensure data quality. Crucially, “real time” is not absolute; in enterprise settings it often means sub-second to a few seconds latency, as appropriate for the use case.

What’s changed is that today’s technologies strive to make analytics as close to instantaneous as needed, blurring the line between operational and analytical systems. In fact, the majority of Fortune 100 companies already rely on streaming platforms like Apache Kafka to infuse real-time data into their architecture, underscoring how prevalent this paradigm has become.

Why Real-Time Data Analytics Matters in 2025
`;

const ALWAYS_DNS_PLAIN = `
  • Annual Reports

  • Transparency

  • APNIC Survey

  • Corporate Documents

  • Publications Archive

  • Careers

  • Glossary

  • Contact

Skip to the article

Is it really always the DNS?

By George Michaelson on 19 Dec 2025

Category: Tech matters

Tags: DNS, outages

Tweet

Blog home

The 'it's always DNS' meme has led to 3D printed signs like this one by .

In a beautifully typeset post, Paul Tagliamonte critiqued the meme that almost any failure in a software service can be attributed to the Domain Name System (DNS). He coined a new, unnamed rule:

If you can replace ‘DNS’ with ‘key value store mapping a name to an ip’ and it still makes sense, it was not, in fact, DNS.

Paul Tagliamonte

Meanwhile, Jonathon Belotti interrogated the incident report that Amazon produced following the recent outage in their us-east-1 region, including the role of the DNS in that incident. His post illustrates the power of Paul’s rule by drawing lessons to be learned and thinking critically, even when there is a DNS query involved.

DNS beyond the meme

Rather than stop at the mimetic explanation, Jonathan shared a seasoned take on the different components of a complex system that failed and how this had an accumulating impact.

Both Paul and Jonathan distinguish between events actually ‘inside’ the DNS, and events that expose as a failure in DNS-related information, but are actually not caused by the DNS as such.

Paul gives the example of each:

  • Actually, the DNS: A divergence in DNSSEC interpretation leading public DNS services 8.8.8.8 (operated by Google) and 1.1.1.1 (operated by CloudFlare) to return different responses during a DNSSEC roll-back for slack.com, causing a partial Slack outage depending on which public resolver responded to your DNS queries.

  • Not actually the DNS: An outage that affected DNS data-flow beyond a time-to-live timeout in your cached labels, leading your automation to remove DNS data (the us-east-1 outage).

Jonathan’s post probes more deeply into the outage following the same line of reasoning. Software has many dependencies, and these can be design flaws in how you construct an online system, or they can be sets of smaller problems that line up in the classic ‘Swiss cheese holes’ model, which James Reason advanced in the early 1990s.

When dogfooding collides with name-address mapping

Jonathon’s post also raised the question of ‘dogfooding’ — deliberately designing your systems to depend on internally managed and maintained components that you also offer to the wider community. The term comes from the saying ‘eat your own dog food’, presumably because if you can’t stomach it, your dog can’t either. Dogfooding is something all significant service delivery organizations come to, sooner or later.

The problem in Jonathan’s example reminded me of a challenge faced by an older order of service delivery network — the electricity supply network. Electricity networks must be able to manage the so-called ‘black start condition’, when a large portion of the electricity network goes offline after being separated from the rest of the network.

`;

const JAPAN_GUIDE = `  • Photo Series

  • Photo of the Week

What to Expect on Your First Trip to Japan- A First Time Visitor’s Guide

Asia | First Time Visitor Guides | Japan | Travel Tips

ByRhonda Krause UpdatedJanuary 25, 2026

Purchases made through links earn us a small commission, at no extra cost to you.

3.0K Shares

Share

Tweet

Pin

Share

It’s hard not to love Japan. Beautiful and evocative, Japan awakens your imagination and captures your heart.

Fushimi Inari Shrine– Kyoto

Japan is a nation that’s not afraid of innovation and progress, yet is passionately protective and proud of its culture. Temples, shrines, peaceful gardens and traditional customs, co-exist with towering skyscrapers, futuristic architecture, speeding bullet trains and a quirky pop culture.

Zojo-ji Temple and Tokyo Tower- Tokyo

Japan is contradictory, yet harmonious. Overwhelming, yet calming. Japan is a country of contrasts.

On our first trip to Japan, we instantly fell in love. Japan quickly climbed the ranks as one of our favourite countries. I hold close many fond memories of travelling in Japan and hope that one day I will return to experience more of Japan’s beautiful places and culture.

Todai-ji Temple- Nara Park

What to Expect on Your First Trip to Japan

When I was planning our trip to Japan, I was stressed. I found everything to be a little confusing, especially the train system. I tried to get as much information as possible so that we would have a smooth first trip to Japan.

As agonizing as it was, my hours of research paid off. We arrived in Japan confident and capable, aware of what cultural differences to expect. Of course, there were things we learned along the way, but it really calmed our nerves to have a base understanding of what to expect for our first trip to Japan.

To help ease any fears you might have about travelling to Japan for the first time, here are some tips and observations from our first trip to Japan.

Cherry blossom viewing in Kyoto at Tenryu-ji Temple in Arashiyama

Language

`;
