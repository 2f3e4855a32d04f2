import { languageModelMisses, loadLanguageModel, type NewsPage, type ParseOptions } from "@news/core";

/** A parser that also gives back the decoded text its spans index into (what enrichment needs). */
export type DocumentParser = (input: Uint8Array, options?: ParseOptions) => { page: NewsPage; text: string };

/**
 * Parses with core's language model loaded only when the page needs it: a first parse without
 * it, and when language detection asked for the model (a headline alone, a script without
 * function-word lists), the model is loaded and the page parsed again. Pages of running text
 * never pay the model's load time.
 *
 * @example
 * const { page, text } = await parseWithLanguageModel(parseDocument, bytes, { url });
 */
export async function parseWithLanguageModel(
  parser: DocumentParser,
  bytes: Uint8Array,
  options: ParseOptions,
): Promise<{ page: NewsPage; text: string }> {
  const misses = languageModelMisses();
  const first = parser(bytes, options);
  if (languageModelMisses() === misses) return first;
  await loadLanguageModel();
  return parser(bytes, options);
}
