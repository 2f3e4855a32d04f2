/**
 * An HTML page as plain text the way web-archive text dumps print it (the Common Crawl text of
 * ../shared/corpus/listings, and that corpus's own HTML-to-text converter): each block element's
 * text on one line, runs of white space as one space, a blank line between blocks, list items
 * marked `  • `, and no script, style or <title>. No indentation or layout survives, so an
 * article's headline has only its words and its place to tell it. For evaluations only.
 *
 * @example
 * plainText("<h1>Title</h1><p>One <b>two</b></p>"); // "Title\n\nOne two\n"
 */
import { Parser } from "htmlparser2";

const BLOCK = new Set(
  "p div h1 h2 h3 h4 h5 h6 li ul ol table tr td th section article header footer nav aside blockquote pre br hr form dl dt dd figure figcaption main".split(
    " ",
  ),
);
const SKIP = new Set(["script", "style", "noscript", "template", "svg", "title"]);

export function plainText(html: string): string {
  const blocks: string[] = [];
  let text = "";
  let listItem = false;
  let skipping = 0;
  const flush = () => {
    const line = text.replace(/\s+/gu, " ").trim();
    if (line) blocks.push(listItem ? `  • ${line}` : line);
    text = "";
    listItem = false;
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipping++;
        else if (BLOCK.has(name)) {
          flush();
          if (name === "li") listItem = true;
        }
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK.has(name)) flush();
      },
      ontext(data) {
        if (skipping === 0) text += data;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return `${blocks.join("\n\n")}\n`;
}
