import { createRoute, z } from "@hono/zod-openapi";
import { AppError, DEFAULT_MAX_BYTES, fetchPage } from "@news/app";
import {
  itemsToAtom,
  itemsToRss,
  NewsPage,
  pageToCsv,
  pageToJsonLines,
  pageToMarkdown,
  parseDocument,
} from "@news/core";
import type { ApiApp } from "../app.js";
import { type Format, MEDIA_TYPES, negotiate } from "../formats.js";
import { ApiProblem, invalidRequest } from "../problem.js";
import { Flag, isOn, mediaTypeOf, PAGE_TYPES, problemResponses } from "../schemas.js";

const PARSE_FORMATS = [
  "json",
  "ndjson",
  "csv",
  "markdown",
  "atom",
  "rss",
] as const satisfies readonly Format[];

/** The JSON form of a parse request: the page as a string, or (with --allow-fetch) only its URL. */
export const ParseRequest = z
  .object({
    content: z.string().optional().openapi({ description: "the page itself (text, HTML or a feed)" }),
    url: z.string().max(4096).url().optional().openapi({
      description:
        "where the page came from (resolves links); alone, the page to fetch (needs --allow-fetch)",
    }),
    contentType: z
      .string()
      .max(200)
      .optional()
      .openapi({ description: "the page's Content-Type, e.g. text/html; charset=windows-1252" }),
  })
  .strict()
  .refine((r) => r.content !== undefined || r.url !== undefined, {
    message: "give content, or url to fetch",
    path: ["content"],
  })
  .openapi("ParseRequest");

// the caps `news parse URL` applies by default: a stranger's URL gets no more than the CLI's user
const FETCH_CAPS = { timeoutMs: 30_000, maxRedirects: 5, maxBytes: DEFAULT_MAX_BYTES };

/** The body as JSON, or a 400 `invalid-json` saying where it broke. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiProblem(
      400,
      "invalid-json",
      `the body is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** `POST /v1/parse`: a page in, its NewsPage out; nothing is stored. */
export function registerParse(app: ApiApp, options: { allowFetch: boolean; maxBytes: number }): void {
  app.openAPIRegistry.register("ParseRequest", ParseRequest);
  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/parse",
      tags: ["parse"],
      summary: "Parse a page",
      description:
        "The body is the page (text/plain, text/html, RSS, Atom, application/feed+json; any charset, declared or not) or JSON `{ content, url?, contentType? }`. `{ url }` alone fetches the page when the server allows it, never from loopback or private addresses.",
      request: {
        query: z.object({
          enrich: Flag.openapi({ description: "1: add quotes, entities, figures, documents" }),
          url: z
            .string()
            .max(4096)
            .url()
            .optional()
            .openapi({ description: "the page's URL when the body is the page" }),
          format: z.enum(PARSE_FORMATS).optional().openapi({ description: "overrides Accept" }),
        }),
        body: {
          required: true,
          content: {
            // validated in the handler (a JSON Feed is JSON too): documented from the same schema
            "application/json": { schema: { $ref: "#/components/schemas/ParseRequest" } },
            "text/plain": { schema: z.string() },
            "text/html": { schema: z.string() },
            "application/rss+xml": { schema: z.string() },
            "application/atom+xml": { schema: z.string() },
            "application/feed+json": { schema: { type: "object", description: "a JSON Feed" } },
          },
        },
      },
      responses: {
        200: {
          description: "the parsed page",
          content: {
            "application/json": { schema: NewsPage },
            [MEDIA_TYPES.ndjson]: { schema: z.string() },
            [MEDIA_TYPES.csv]: { schema: z.string() },
            [MEDIA_TYPES.markdown]: { schema: z.string() },
            [MEDIA_TYPES.atom]: { schema: z.string() },
            [MEDIA_TYPES.rss]: { schema: z.string() },
          },
        },
        ...problemResponses(400, 403, 406, 413, 415, 502, 503),
      },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const format = negotiate(query.format, c.req.header("accept"), PARSE_FORMATS);
      const type = mediaTypeOf(c.req.header("content-type"));
      let bytes: Uint8Array | string;
      let contentType: string | undefined;
      let url = query.url;
      if (type === "application/json") {
        const json = await readJson(c.req.raw);
        const checked = ParseRequest.safeParse(json);
        if (!checked.success) {
          const refused = invalidRequest("json", checked.error.issues);
          throw new ApiProblem(400, refused.code, refused.detail, { invalidParams: refused.invalidParams });
        }
        const body = checked.data;
        url = body.url ?? url;
        contentType = body.contentType;
        if (body.content !== undefined) {
          bytes = body.content;
        } else {
          if (!options.allowFetch) {
            throw new ApiProblem(
              403,
              "fetch-disabled",
              "this server does not fetch pages (start it with --allow-fetch); send the page as content",
            );
          }
          const fetched = await fetchPage(body.url as string, {
            ...FETCH_CAPS,
            blockPrivateNetworks: true,
            signal: c.get("signal")(),
          });
          if (!fetched.ok) throw new AppError(fetched.code, fetched.message);
          bytes = fetched.bytes;
          contentType = body.contentType ?? fetched.contentType ?? undefined;
          url = fetched.url ?? url;
        }
      } else if (PAGE_TYPES.some((t) => type.startsWith(t))) {
        bytes = new Uint8Array(await c.req.arrayBuffer());
        contentType = c.req.header("content-type");
      } else {
        throw new ApiProblem(
          415,
          "unsupported-media-type",
          type
            ? `a page is text, HTML, XML or a JSON Feed, or JSON { content }; not ${type.slice(0, 80)}`
            : "say what the body is with Content-Type (e.g. text/html, or application/json for { content })",
        );
      }
      if (bytes.length === 0)
        throw new ApiProblem(400, "empty-body", "the page is empty: send its text, HTML or feed");
      const parsed = parseDocument(bytes, { url, contentType, maxBytes: options.maxBytes });
      let page = parsed.page;
      if (isOn(query.enrich)) {
        // loaded on first use: most parses do not enrich
        const { enrich } = await import("@news/core/enrich");
        page = enrich(page, { input: parsed.text });
      }
      if (format === "json") return c.json(page, 200);
      c.header("content-type", MEDIA_TYPES[format]);
      const feedOptions = {
        title: page.title ?? page.section ?? "parsed page",
        link: page.url ?? url ?? "urn:news:parsed",
      };
      const body =
        format === "ndjson"
          ? pageToJsonLines(page)
          : format === "csv"
            ? pageToCsv(page)
            : format === "markdown"
              ? pageToMarkdown(page)
              : format === "atom"
                ? itemsToAtom(page.items, feedOptions)
                : itemsToRss(page.items, feedOptions);
      return c.body(body, 200) as never;
    },
  );
}
