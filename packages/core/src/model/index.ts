/**
 * The @news/core model: zod schemas are the single source of truth, types are inferred from them.
 * Import from `@news/core/schema` to get the schemas without any parser.
 *
 * @example
 * import { NewsPage } from "@news/core/schema";
 * const page = NewsPage.parse(JSON.parse(json));
 */
export {
  Attribution,
  CitedDocument,
  Enrichment,
  Entity,
  EventDate,
  EventFigure,
  Mention,
  Quote,
} from "./enrichment.js";
export { isNewsError, NewsError, type NewsErrorCode } from "./errors.js";
export {
  BlockKind,
  Chrome,
  ChromeKind,
  DateSource,
  InputInfo,
  ItemSpans,
  NewsItem,
  NewsPage,
  PageFilter,
  Pagination,
} from "./page.js";
export { Span } from "./span.js";
export { Warning, WarningCode } from "./warning.js";
