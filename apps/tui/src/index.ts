/**
 * @news/tui: the terminal browser of the news archive (`news browse`): list and reading views,
 * search, filters, keys; everything else comes from @news/archive.
 *
 * @example
 * import { browse } from "@news/tui";
 * await browse(() => openArchive(path, { readonly: true }), { query: { q: "geneva" } });
 */
export { App, type AppProps, type Effects } from "./app.js";
export { BrowseError, type BrowseOptions, browse } from "./browse.js";
export {
  ACTIONS,
  type Action,
  defaultKeymap,
  KeyConfigError,
  type Keymap,
  keyConfigPath,
  keymapFrom,
} from "./keys.js";
export type { BrowseQuery, BrowseSource, ItemSummary } from "./source.js";
