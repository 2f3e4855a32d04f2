import type { ParseArgsConfig } from "node:util";

/**
 * Arguments of a command that takes a query (`news search geneva -sochi`): a `-word` that is no
 * option of the command is a NOT of the query language, not an unknown option. Options (with
 * their values) go first, then `--`, then the query words in the order given.
 *
 * @example
 * queryArguments(["geneva", "-sochi", "--limit", "5"], { limit: { type: "string" } });
 * // ["--limit", "5", "--", "geneva", "-sochi"]
 */
export function queryArguments(
  args: readonly string[],
  options: NonNullable<ParseArgsConfig["options"]>,
): string[] {
  const known = new Set(["-h", "--help"]);
  const valued = new Set<string>();
  for (const [name, option] of Object.entries(options)) {
    const names = [`--${name}`, ...(option.short ? [`-${option.short}`] : [])];
    for (const n of names) {
      known.add(n);
      if (option.type === "string") valued.add(n);
    }
  }
  const flags: string[] = [];
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      words.push(...args.slice(i + 1));
      break;
    }
    const name = arg.split("=")[0]!;
    if (known.has(name)) {
      flags.push(arg);
      if (valued.has(arg) && i + 1 < args.length) flags.push(args[++i]!);
    } else if (arg.startsWith("--"))
      flags.push(arg); // an unknown long option: reported as one
    else words.push(arg); // a word, or -word (NOT word)
  }
  return [...flags, "--", ...words];
}
