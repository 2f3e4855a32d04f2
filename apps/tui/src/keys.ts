import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import type { Key } from "ink";
import { z } from "zod";

/**
 * Every action of the browser with its default keys, in the order the help overlay lists them.
 * Key names: a printable character (`j`, `G`, `/`, `?`), or one of NAMED_KEYS, optionally `ctrl+x`.
 */
export const ACTIONS = {
  down: { keys: ["j", "down"], help: "next item (reading: scroll down)" },
  up: { keys: ["k", "up"], help: "previous item (reading: scroll up)" },
  pageDown: { keys: ["pagedown", "space", "ctrl+d"], help: "page down" },
  pageUp: { keys: ["pageup", "b", "ctrl+u"], help: "page up" },
  top: { keys: ["g", "home"], help: "first item (reading: top)" },
  bottom: { keys: ["G", "end"], help: "last loaded item, loading more (reading: end)" },
  open: { keys: ["enter", "l", "right"], help: "read the item" },
  back: { keys: ["escape", "h", "left"], help: "back to the list (list: clear the search)" },
  nextItem: { keys: ["n"], help: "reading: next item" },
  prevItem: { keys: ["N"], help: "reading: previous item" },
  search: { keys: ["/"], help: "search (the query language of news search)" },
  filter: { keys: ["f"], help: "filter by category, site, language, month or entity" },
  star: { keys: ["s"], help: "star or unstar" },
  toggleRead: { keys: ["u"], help: "mark read or unread" },
  openUrl: { keys: ["o"], help: "open the URL with $BROWSER" },
  copyUrl: { keys: ["y"], help: "copy the URL (OSC 52)" },
  export: { keys: ["e"], help: "export the current view (Markdown, CSV, Atom)" },
  refresh: { keys: ["r"], help: "refresh (new items from an ingest)" },
  help: { keys: ["?"], help: "this help" },
  quit: { keys: ["q", "ctrl+c"], help: "quit" },
} as const satisfies Record<string, { keys: readonly string[]; help: string }>;

export type Action = keyof typeof ACTIONS;
export type Keymap = Record<Action, string[]>;

export const NAMED_KEYS = [
  "up",
  "down",
  "left",
  "right",
  "pageup",
  "pagedown",
  "home",
  "end",
  "enter",
  "escape",
  "tab",
  "backspace",
  "delete",
  "space",
] as const;

const KEY_NAME = new RegExp(`^(ctrl\\+)?(${NAMED_KEYS.join("|")}|[^\\s])$`, "u");

export const defaultKeymap: Keymap = Object.fromEntries(
  Object.entries(ACTIONS).map(([action, { keys }]) => [action, [...keys]]),
) as Keymap;

const KeyName = z.string().refine((k) => KEY_NAME.test(k) && [...k.replace(/^ctrl\+/, "")].length >= 1, {
  message: `not a key name (a character such as "j", or ${NAMED_KEYS.join(", ")}, optionally with "ctrl+")`,
});

/** keys.json: `{ "down": ["j", "down"], "quit": "x" }`; actions left out keep their default keys. */
export const KeyConfig = z
  .object(
    Object.fromEntries(
      Object.keys(ACTIONS).map((action) => [action, z.union([KeyName, z.array(KeyName).min(1)]).optional()]),
    ) as Record<Action, z.ZodOptional<z.ZodUnion<[typeof KeyName, z.ZodArray<typeof KeyName>]>>>,
  )
  .strict();

/** A keys.json that cannot be used: the browser refuses to start and says why. */
export class KeyConfigError extends Error {
  override readonly name = "KeyConfigError";
  readonly code = "bad-keys";
}

/** Where keys.json is read from: `$XDG_CONFIG_HOME/news/keys.json`, else `~/.config/news/keys.json`. */
export function keyConfigPath(env: Record<string, string | undefined>): string {
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), ".config");
  return join(base, "news", "keys.json");
}

/**
 * The defaults with the user's remappings applied. A key bound to two actions is refused: one of
 * them would silently never fire.
 */
export function keymapFrom(config: unknown, where = "keys.json"): Keymap {
  const parsed = KeyConfig.safeParse(config);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join(".") || "(top)";
    const message =
      issue?.code === "unrecognized_keys"
        ? `unknown action ${issue.keys.map((k) => `"${k}"`).join(", ")} (actions: ${Object.keys(ACTIONS).join(", ")})`
        : `${path}: ${issue?.message ?? "invalid"}`;
    throw new KeyConfigError(`${where}: ${message}`);
  }
  const keymap: Keymap = { ...defaultKeymap };
  for (const [action, keys] of Object.entries(parsed.data) as [Action, string | string[] | undefined][]) {
    if (keys !== undefined) keymap[action] = typeof keys === "string" ? [keys] : keys;
  }
  const owner = new Map<string, Action>();
  for (const [action, keys] of Object.entries(keymap) as [Action, string[]][]) {
    for (const key of keys) {
      const other = owner.get(key);
      if (other && other !== action) {
        throw new KeyConfigError(
          `${where}: "${key}" is bound to both ${other} and ${action} (remap one of them too)`,
        );
      }
      owner.set(key, action);
    }
  }
  return keymap;
}

/** Reads keys.json when it exists; a missing file means the defaults. */
export async function loadKeymap(env: Record<string, string | undefined>): Promise<Keymap> {
  const path = keyConfigPath(env);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return defaultKeymap;
    throw new KeyConfigError(`${path}: cannot be read (${(error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new KeyConfigError(`${path}: not JSON (${(error as Error).message})`);
  }
  return keymapFrom(json, path);
}

/** The name of the key Ink reported, in keymap spelling (`j`, `G`, `pagedown`, `ctrl+d`). */
export function keyName(input: string, key: Key): string | null {
  if (key.upArrow) return "up";
  if (key.downArrow) return "down";
  if (key.leftArrow) return "left";
  if (key.rightArrow) return "right";
  if (key.pageUp) return "pageup";
  if (key.pageDown) return "pagedown";
  if (key.home) return "home";
  if (key.end) return "end";
  if (key.return) return "enter";
  if (key.escape) return "escape";
  if (key.tab) return "tab";
  if (key.backspace) return "backspace";
  if (key.delete) return "delete";
  if (input === " ") return "space";
  if (key.ctrl && input.length === 1) return `ctrl+${input.toLowerCase()}`;
  if (input.length === 0) return null;
  return input;
}

/** The action a key triggers, if any. */
export function actionOf(keymap: Keymap, name: string | null): Action | null {
  if (name === null) return null;
  for (const action of Object.keys(keymap) as Action[]) if (keymap[action].includes(name)) return action;
  return null;
}

/** How a key is shown in the help and the status line. */
export function showKey(name: string): string {
  const shown: Record<string, string> = {
    up: "↑",
    down: "↓",
    left: "←",
    right: "→",
    pageup: "PgUp",
    pagedown: "PgDn",
    home: "Home",
    end: "End",
    enter: "Enter",
    escape: "Esc",
    space: "Space",
    tab: "Tab",
    backspace: "Backspace",
    delete: "Del",
  };
  return name.startsWith("ctrl+") ? `Ctrl-${name.slice(5)}` : (shown[name] ?? name);
}
