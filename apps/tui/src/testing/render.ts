import { render } from "ink-testing-library";
import { createElement } from "react";
import stripAnsi from "strip-ansi";
import { App, type AppProps, type Effects } from "../app.js";
import { defaultKeymap } from "../keys.js";
import { ColorContext } from "../theme.js";

export const KEYS = {
  up: "\u001B[A",
  down: "\u001B[B",
  right: "\u001B[C",
  left: "\u001B[D",
  pageUp: "\u001B[5~",
  pageDown: "\u001B[6~",
  enter: "\r",
  escape: "\u001B",
  backspace: "\u007F",
};

export interface Harness extends ReturnType<typeof render> {
  effects: Effects & { opened: string[]; copied: string[]; saved: { name: string; content: string }[] };
  /** Sends keys one by one, waiting for the screen to settle after each. */
  press(...keys: string[]): Promise<void>;
  /** Waits until the last frame contains the text (or the test's timeout). */
  waitFor(text: string | RegExp): Promise<string>;
  screen(): string;
  /** The last frame without styles. */
  plain(): string;
  /** The selected (inverse) row of the list or a picker, without styles. */
  selectedRow(): string | undefined;
  resize(columns: number, rows: number): Promise<void>;
}

const settle = () => new Promise((r) => setTimeout(r, 15));

/** Renders the browser with ink-testing-library, a given size and recording effects. */
export function renderApp(
  props: Partial<AppProps> & Pick<AppProps, "open">,
  size: { columns?: number; rows?: number; color?: boolean } = {},
): Harness {
  const opened: string[] = [];
  const copied: string[] = [];
  const saved: { name: string; content: string }[] = [];
  const effects = {
    opened,
    copied,
    saved,
    async openUrl(url: string) {
      opened.push(url);
      return `opened ${url}`;
    },
    copy(text: string) {
      copied.push(text);
      return "copied the URL";
    },
    async save(name: string, content: string) {
      saved.push({ name, content });
      return `/tmp/${name}`;
    },
  };
  // the fake stdout of ink-testing-library is 100 columns and has no rows: give it a size first
  const instance = render(
    createElement(
      ColorContext.Provider,
      { value: size.color ?? false },
      createElement(App, { keymap: defaultKeymap, effects, pollMs: 0, debounceMs: 5, ...props }),
    ),
  );
  const stdout = instance.stdout as unknown as { columns: number; rows: number; emit(e: string): void };
  Object.defineProperty(stdout, "columns", {
    value: size.columns ?? 100,
    configurable: true,
    writable: true,
  });
  Object.defineProperty(stdout, "rows", { value: size.rows ?? 20, configurable: true, writable: true });
  stdout.emit("resize");
  const screen = () => instance.lastFrame() ?? "";
  const plain = () => stripAnsi(screen());
  return {
    ...instance,
    effects,
    screen,
    plain,
    selectedRow() {
      const row = screen()
        .split("\n")
        .find((line) => line.includes("\u001B[7m") && !stripAnsi(line).includes("? help"));
      return row === undefined ? undefined : stripAnsi(row);
    },
    async press(...keys: string[]) {
      for (const key of keys) {
        instance.stdin.write(key);
        await settle();
      }
      await settle();
    },
    async waitFor(text: string | RegExp) {
      const deadline = Date.now() + 3000;
      for (;;) {
        const frame = plain();
        if (typeof text === "string" ? frame.includes(text) : text.test(frame)) return frame;
        if (Date.now() > deadline) throw new Error(`not on screen: ${String(text)}\n${frame}`);
        await settle();
      }
    },
    async resize(columns: number, rows: number) {
      stdout.columns = columns;
      stdout.rows = rows;
      stdout.emit("resize");
      await settle();
    },
  };
}
