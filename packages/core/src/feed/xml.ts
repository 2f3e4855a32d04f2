import { NewsError } from "../model/errors.js";

// what may stand before the root element: a BOM, white space, the XML declaration and other
// processing instructions, comments; a DTD can only be declared there (XML 1.0, 2.8)
const PROLOG_PART = /\uFEFF|\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->/y;

/**
 * Refuse XML that declares entities before any parsing: no billion laughs, no external entities.
 * A DTD named by its address alone (RSS 0.91's Netscape DTD, a `SYSTEM` URL) is accepted: the
 * parser never fetches it and never expands an entity; a DTD with an internal subset (`[…]`, where
 * entities are declared) is refused. Only the prolog is looked at, where a DTD can be: `<!DOCTYPE`
 * or `<!ENTITY` quoted in an item's CDATA (a post about XML, a body that is a whole HTML page) is
 * content. Linear.
 */
export function assertSafeXml(xml: string): void {
  let at = 0;
  while (at < xml.length) {
    PROLOG_PART.lastIndex = at;
    if (!PROLOG_PART.exec(xml)) break;
    at = PROLOG_PART.lastIndex;
  }
  // what stands between the prolog and the first start tag (stray text too) is held to the same rule
  const root = xml.slice(at).search(/<[A-Za-z_]/);
  const beforeRoot = root === -1 ? xml.slice(at) : xml.slice(at, at + root);
  const doctype = /<!DOCTYPE[^>[]{0,2048}(\[|>)/i.exec(beforeRoot);
  if (doctype && doctype[1] === "[") {
    throw new NewsError(
      "unsafe-xml",
      "the feed declares a DTD of its own; internal DTD subsets and entity declarations are refused",
      { offset: at + doctype.index },
    );
  }
  const entity = beforeRoot.search(/<!ENTITY/i);
  if (entity !== -1) {
    throw new NewsError("unsafe-xml", "the feed declares an entity; entity declarations are refused", {
      offset: at + entity,
    });
  }
}
