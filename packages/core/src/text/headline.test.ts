// Headlines of articles as a text browser dumps them (issue 12): how a reader tells the headline
// among the lines over the body. Each input is a real page of the WCXB dev articles
// (../shared/corpus/wcxb-dev-articles) as `lynx -dump -nolist -width=200` prints it, cut to the
// lines around the head of the story; the page's number is in the test's name.
import { describe, expect, it } from "vitest";
import { expectLossless } from "../../scripts/expect-lossless.js";
import { parseText } from "./parse.js";

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

  it("reads a rule under the headline as no paragraph (0419)", () => {
    const page = parseText(INEFFECTIVE_AGENTS);
    expectLossless(page, INEFFECTIVE_AGENTS);
    const item = page.items[0];
    expect(item?.title).toBe("The 7 habits of highly ineffective agents");
    expect(item?.paragraphs[0]).toMatch(/^Using Claude Code to build a procedural shader starfield/);
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
