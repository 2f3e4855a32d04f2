import { NewsError } from "../model/errors.js";

// RSS 0.91's Netscape DTD is only ever referenced, never fetched or expanded: the one DTD feeds still carry
const RSS091 =
  /^<!DOCTYPE\s+rss\s+PUBLIC\s+"-\/\/Netscape Communications\/\/DTD RSS 0\.91\/\/EN"\s+"[^"<>[\]]*"\s*>$/i;

/**
 * Refuse XML that declares a DTD or entities before any parsing: no billion laughs, no external
 * entities. Linear: one scan of the prolog and one search for `<!ENTITY`.
 */
export function assertSafeXml(xml: string): void {
  const doctype = /<!DOCTYPE[^>[]{0,2048}(\[|>)/i.exec(xml.length > 65536 ? xml.slice(0, 65536) : xml);
  if (doctype && !(doctype[1] === ">" && RSS091.test(doctype[0]))) {
    throw new NewsError("unsafe-xml", "the feed declares a DTD; DTDs and entity declarations are refused", {
      offset: doctype.index,
    });
  }
  const entity = xml.search(/<!ENTITY/i);
  if (entity !== -1) {
    throw new NewsError("unsafe-xml", "the feed declares an entity; entity declarations are refused", {
      offset: entity,
    });
  }
}
