import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { RE2JS } from "re2js";
import { AppError } from "./errors.js";
import type { InputFailure, InputRef } from "./inputs.js";

const GLOB = /[*?[]/;

/**
 * Whether a command-line argument is a glob the shell left unexpanded (quoted).
 *
 * @example
 * isGlob("crawl/**\/*.html"); // true
 */
export function isGlob(arg: string): boolean {
  return GLOB.test(arg);
}

/**
 * Expands a glob (`*`, `?`, `[…]`, `**`) against the file system, in name order. Node 20 has no
 * fs.glob; the shell usually expands globs, this covers quoted ones. A pattern that cannot match
 * anything is an AppError `bad-pattern`; one that matches nothing is a `not-found` failure.
 *
 * @example
 * await expandGlob("crawl/**\/*.html.gz", process.cwd());
 */
export async function expandGlob(pattern: string, cwd: string): Promise<(InputRef | InputFailure)[]> {
  const absolute = resolve(cwd, pattern);
  const parts = absolute.split(sep);
  const fixed = parts.findIndex((p) => GLOB.test(p));
  const root = parts.slice(0, fixed).join(sep) || sep;
  const matcher = globRegex(parts.slice(fixed).join("/"), pattern);
  const found: string[] = [];
  const walk = async (dir: string, depth: number) => {
    if (depth > 64) return;
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path, depth + 1);
      else if (e.isFile() && matcher.test(relative(root, path).split(sep).join("/"))) found.push(path);
    }
  };
  await walk(root, 0);
  found.sort();
  if (found.length === 0) {
    return [
      { ok: false, input: pattern, error: { code: "not-found", message: `${pattern}: no file matches` } },
    ];
  }
  return found.map((path) => ({ input: relative(cwd, path) || path, path }));
}

/**
 * The glob as a regular expression run by RE2 (re2js), which matches in linear time: with
 * JavaScript's backtracking engine, `*a*a*a…b` against a long name takes exponential time, and
 * so it does in picomatch 4, minimatch 10 and zeptomatch, which all compile globs to RegExp
 * (each ran past 20 s on `*a` x14 + `b` against 200 characters; RE2 takes milliseconds).
 */
function globRegex(glob: string, pattern: string): { test(path: string): boolean } {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === "*" && glob[i + 1] === "*") {
      re += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end === -1) re += "\\[";
      else {
        re += `[${glob
          .slice(i + 1, end)
          .replace(/^!/, "^")
          .replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  try {
    const compiled = RE2JS.compile(`^${re}$`);
    return { test: (path) => compiled.matches(path) };
  } catch (error) {
    // RE2's reason is the useful part: "invalid character class range: `z-a`"
    const reason = (error as Error).message.replace(/^error parsing regexp: /, "");
    throw new AppError("bad-pattern", `${pattern}: not a valid glob pattern (${reason})`);
  }
}
