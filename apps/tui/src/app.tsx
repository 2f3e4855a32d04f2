import { Box, type Key, useApp, useInput } from "ink";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ARCHIVE_HELP, explain, useShown } from "./errors.js";
import { EXPORT_FORMATS, type ExportFormat } from "./formats.js";
import { PREFETCH_PAGE, PREFETCH_SCREENS, useFullItem, useListing, useTerminalSize } from "./hooks.js";
import { type Action, actionOf, type Keymap, keyName } from "./keys.js";
import { listLines, scrollTop } from "./lines.js";
import { readerLines } from "./reader.js";
import {
  type BrowseFacets,
  type BrowseQuery,
  type BrowseSource,
  FILTER_FIELDS,
  type FilterField,
} from "./source.js";
import { count, oneLine } from "./text.js";
import { HelpView, ListView, MessageView, PickerView, PromptLine, ReaderView, StatusLine } from "./views.js";

/** Search-as-you-type waits this long after the last key before asking the archive. */
export const SEARCH_DEBOUNCE_MS = 60;

/** What the browser does outside its screen; injected so tests see it without a browser or files. */
export interface Effects {
  /** Opens a URL (with $BROWSER); resolves to a message for the status line. */
  openUrl(url: string): Promise<string>;
  /** Puts text on the clipboard (OSC 52); returns a message. */
  copy(text: string): string;
  /** Writes an export; resolves to the path written. */
  save(name: string, content: string): Promise<string>;
}

export interface AppProps {
  /** The archive, or how to open it (errors then show as a screen with a retry). */
  open: BrowseSource | (() => Promise<BrowseSource>);
  keymap: Keymap;
  query?: BrowseQuery;
  effects: Effects;
  /** How often to ask the archive's version() for new items; 0 turns it off. */
  pollMs?: number;
  /** Search-as-you-type waits this long after the last key. */
  debounceMs?: number;
  /** Called once when the user quits. */
  onQuit?: () => void;
}

type Overlay =
  | { kind: "help" }
  | { kind: "search"; text: string; before: BrowseQuery }
  | { kind: "fields"; selected: number; facets: BrowseFacets | null; chosen?: FilterField }
  | { kind: "values"; field: Exclude<FilterField, "entity">; selected: number; facets: BrowseFacets }
  | { kind: "entity"; text: string }
  | { kind: "export"; selected: number };

interface Nav {
  view: "list" | "reader";
  selected: number;
  top: number;
  readerTop: number;
}

/** A state whose latest value key handlers read at once (several keys can arrive in one chunk). */
function useLive<T>(initial: T): [T, { current: T }, (next: T) => void] {
  const [value, setValue] = useState(initial);
  const ref = useRef(value);
  const set = useCallback((next: T) => {
    ref.current = next;
    setValue(next);
  }, []);
  return [value, ref, set];
}

const FIELD_LABELS: Record<FilterField, string> = {
  category: "category",
  site: "site",
  lang: "language",
  month: "date (month)",
  entity: "entity (person, place, organisation)",
};

/** The query and filters as the status line shows them. */
export function describeQuery(query: BrowseQuery): string {
  const parts: string[] = [];
  if (query.q) parts.push(`/${query.q}`);
  for (const key of ["category", "site", "lang", "entity"] as const) {
    if (query[key]) parts.push(`${key}:${query[key]}`);
  }
  if (query.from && query.from === query.to) parts.push(`month:${query.from}`);
  else {
    if (query.from) parts.push(`from:${query.from}`);
    if (query.to) parts.push(`to:${query.to}`);
  }
  return parts.join(" ");
}

function hasFilters(query: BrowseQuery): boolean {
  return describeQuery(query) !== "";
}

/** The browser: list and reading views, search, filters, help, over one archive. */
export function App(props: AppProps) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const { keymap, effects } = props;

  // opening the archive (a function may fail: missing, locked, not an archive)
  const [source, setSource] = useState<BrowseSource | null>(
    typeof props.open === "function" ? null : props.open,
  );
  const [openError, setOpenError] = useState<unknown>(null);
  const [openToken, setOpenToken] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: opened again on retry (openToken)
  useEffect(() => {
    const open = props.open;
    if (typeof open !== "function") return;
    let live = true;
    setOpenError(null);
    open().then(
      (s) => {
        if (live) setSource(s);
      },
      (error: unknown) => {
        if (live) setOpenError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [openToken]);

  const [query, setQuery] = useState<BrowseQuery>(props.query ?? {});
  const [reloadToken, setReloadToken] = useState(0);
  const { listing, loadMore, patch } = useListing(source, query, reloadToken);
  const [, navRef, setNav] = useLive<Nav>({ view: "list", selected: 0, top: 0, readerTop: 0 });
  const [overlay, overlayRef, setOverlay] = useLive<Overlay | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const selectedId = useRef<string | null>(null);

  const promptShown = overlay?.kind === "search" || overlay?.kind === "entity";
  const height = Math.max(1, rows - 2 - (promptShown ? 1 : 0));

  const { lines, lineOfItem } = useMemo(() => listLines(listing.items), [listing.items]);
  const items = listing.items;

  // after a reload (refresh, new items) the selection follows its item, not its position; fixed
  // while rendering so that no frame shows the selection on another item (a new query starts at
  // its first item: nothing to follow until its list arrives)
  if (
    items.length > 0 &&
    listing.query === query &&
    items[navRef.current.selected]?.id !== selectedId.current
  ) {
    const id = selectedId.current;
    const found = id === null ? -1 : items.findIndex((item) => item.id === id);
    const selected = found >= 0 ? found : Math.min(navRef.current.selected, items.length - 1);
    selectedId.current = items[selected]?.id ?? null;
    navRef.current = { ...navRef.current, selected };
  }
  // a key that went past the rows loaded so far (PgDn faster than the read-ahead): the selection
  // stops at the last row, and completes the move when the rows it asked for arrive
  const pendingMove = useRef<number | null>(null);
  if (pendingMove.current !== null && listing.query === query && items.length > 0) {
    const target = Math.min(pendingMove.current, items.length - 1);
    if (target !== navRef.current.selected) {
      const now = navRef.current;
      const top = scrollTop(now.top, lineOfItem[target] ?? 0, height, lines.length);
      selectedId.current = items[target]?.id ?? null;
      navRef.current = {
        ...now,
        selected: target,
        top,
        readerTop: now.view === "reader" ? 0 : now.readerTop,
      };
    }
    if (pendingMove.current < items.length || listing.nextCursor === null) pendingMove.current = null;
  }
  const nav = navRef.current;

  // reading ahead goes on while the selection is near the end of what is loaded (a page arriving
  // can leave it there), not only when a key moves it
  const readAheadFrom = items.length - PREFETCH_SCREENS * height;
  useEffect(() => {
    if (items.length > 0 && navRef.current.selected >= readAheadFrom) loadMore(PREFETCH_PAGE);
  }, [readAheadFrom, items.length, loadMore, navRef]);

  // new items from a concurrent ingest: version() changes; say so, refresh on `r`
  const baseline = useRef<string | null>(null);
  useEffect(() => {
    if (!source || listing.loading) return;
    Promise.resolve(source.version()).then(
      (v) => {
        baseline.current = v;
      },
      () => {},
    );
  }, [source, listing.loading]);
  useEffect(() => {
    const every = props.pollMs ?? 2000;
    if (!source || every <= 0) return;
    const timer = setInterval(() => {
      Promise.resolve(source.version()).then(
        (v) => {
          if (baseline.current !== null && v !== baseline.current) setChanged(true);
        },
        () => {},
      );
    }, every);
    return () => clearInterval(timer);
  }, [source, props.pollMs]);

  const current = items[nav.selected] ?? null;
  const openShown = useShown(openError);
  const listingError = useShown(listing.error);
  const readingId = nav.view === "reader" && current ? current.id : null;
  const full = useFullItem(source, readingId, reloadToken);
  const fullError = useShown(full.error);
  const reader = useMemo(
    () => (full.item ? readerLines(full.item, full.sightings, columns - 2) : []),
    [full.item, full.sightings, columns],
  );

  const searchTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (searchTimer.current) clearTimeout(searchTimer.current);
    },
    [],
  );

  const applyQuery = useCallback(
    (next: BrowseQuery) => {
      selectedId.current = null;
      pendingMove.current = null;
      setNav({ ...navRef.current, view: "list", selected: 0, top: 0, readerTop: 0 });
      setQuery(next);
    },
    [navRef, setNav],
  );

  // our own flag changes move version() too: they are not new items
  const rebase = useCallback(() => {
    if (!source) return;
    Promise.resolve(source.version()).then(
      (v) => {
        if (baseline.current !== null) baseline.current = v;
      },
      () => {},
    );
  }, [source]);

  const markRead = useCallback(
    (index: number) => {
      const item = items[index];
      if (!source || !item || item.read) return;
      patch(item.id, { read: true });
      source.setFlags(item.id, { read: true }).then(rebase, (error: unknown) => {
        patch(item.id, { read: false });
        void explain(error).then((e) => setMessage(`could not mark as read: ${e.message}`));
      });
    },
    [items, source, patch, rebase],
  );

  const moveTo = (index: number, view: Nav["view"] = navRef.current.view) => {
    if (items.length === 0) return;
    pendingMove.current = index >= items.length && listing.nextCursor !== null ? index : null;
    const selected = Math.max(0, Math.min(index, items.length - 1));
    const now = navRef.current;
    const top = scrollTop(now.top, lineOfItem[selected] ?? 0, height, lines.length);
    selectedId.current = items[selected]?.id ?? null;
    setNav({
      ...now,
      view,
      selected,
      top,
      readerTop: view === "reader" && selected !== now.selected ? 0 : now.readerTop,
    });
    // the next rows are fetched a few screens ahead, after this key's frame
    if (selected >= items.length - PREFETCH_SCREENS * height) loadMore(PREFETCH_PAGE);
  };

  const scrollReader = (delta: number | "top" | "bottom") => {
    const now = navRef.current;
    const last = Math.max(0, reader.length - height);
    const next =
      delta === "top" ? 0 : delta === "bottom" ? last : Math.max(0, Math.min(last, now.readerTop + delta));
    setNav({ ...now, readerTop: next });
  };

  const quit = () => {
    props.onQuit?.();
    exit();
  };

  const exportView = async (format: ExportFormat) => {
    if (!source) return;
    const spec = EXPORT_FORMATS.find((f) => f.format === format)!;
    try {
      // the writers of @news/core load only when something is exported
      const { itemsOf, render } = await import("./export.js");
      const chosen =
        navRef.current.view === "reader" && full.item ? [full.item] : await itemsOf(source, listing.query);
      const title = `news browse ${describeQuery(listing.query) || "(everything)"}`.trim();
      const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
      const path = await effects.save(`news-${stamp}.${spec.extension}`, render(chosen, format, title));
      setMessage(`exported ${count(chosen.length)} item${chosen.length === 1 ? "" : "s"} to ${path}`);
    } catch (error) {
      setMessage(`export failed: ${(await explain(error)).message}`);
    }
  };

  const openFilterValues = (field: FilterField, facets: BrowseFacets | null) => {
    if (field === "entity") {
      setOverlay({ kind: "entity", text: query.entity ?? "" });
      return;
    }
    if (!facets) return;
    setOverlay({ kind: "values", field, selected: 0, facets });
  };

  const valueOptions = (field: Exclude<FilterField, "entity">, facets: BrowseFacets) => [
    { label: "(any)", note: "" },
    ...facets[field].map((v) => ({ label: v.value, note: count(v.count) })),
  ];

  const setFilter = (field: FilterField, value: string | undefined) => {
    const next: BrowseQuery = { ...query };
    if (field === "month") {
      next.from = value;
      next.to = value;
    } else next[field] = value;
    for (const key of Object.keys(next) as (keyof BrowseQuery)[])
      if (next[key] === undefined) delete next[key];
    applyQuery(next);
  };

  const onSearchText = (text: string, before: BrowseQuery) => {
    setOverlay({ kind: "search", text, before });
    if (searchTimer.current) clearTimeout(searchTimer.current);
    searchTimer.current = setTimeout(() => {
      const next = { ...before };
      if (text.trim()) next.q = text;
      else delete next.q;
      applyQuery(next);
    }, props.debounceMs ?? SEARCH_DEBOUNCE_MS);
  };

  const handleOverlay = (input: string, name: string | null, action: Action | null, o: Overlay): void => {
    if (o.kind === "help") {
      setOverlay(null);
      return;
    }
    if (o.kind === "search" || o.kind === "entity") {
      if (name === "escape") {
        if (searchTimer.current) clearTimeout(searchTimer.current);
        setOverlay(null);
        if (o.kind === "search") applyQuery(o.before);
        return;
      }
      if (name === "enter") {
        setOverlay(null);
        if (o.kind === "entity") setFilter("entity", o.text.trim() || undefined);
        else {
          if (searchTimer.current) clearTimeout(searchTimer.current);
          const next = { ...o.before };
          if (o.text.trim()) next.q = o.text;
          else delete next.q;
          if (JSON.stringify(next) !== JSON.stringify(query)) applyQuery(next);
        }
        return;
      }
      let text = o.text;
      if (name === "backspace" || name === "delete") text = [...text].slice(0, -1).join("");
      else if (name === "ctrl+u") text = "";
      else if (name === "space") text += " ";
      else if (name && [...name].length === 1 && input) text += input;
      else return;
      if (o.kind === "search") onSearchText(text, o.before);
      else setOverlay({ ...o, text });
      return;
    }
    // pickers: up/down/enter/escape by the keymap (arrows, enter and escape always work)
    const options =
      o.kind === "fields"
        ? FILTER_FIELDS.map((f) => f)
        : o.kind === "values"
          ? valueOptions(o.field, o.facets)
          : EXPORT_FORMATS.map((f) => f);
    const steps: Partial<Record<string, number>> = {
      down: 1,
      up: -1,
      pageDown: height - 2,
      pageUp: -(height - 2),
      top: -options.length,
      bottom: options.length,
    };
    const step = steps[action ?? ""] ?? (name === "down" ? 1 : name === "up" ? -1 : undefined);
    if (step !== undefined) {
      setOverlay({ ...o, selected: Math.max(0, Math.min(options.length - 1, o.selected + step)) });
      return;
    }
    if (name === "escape" || action === "back" || action === "quit") {
      setOverlay(o.kind === "values" ? { kind: "fields", selected: 0, facets: o.facets } : null);
      return;
    }
    if (name === "enter" || action === "open") {
      if (o.kind === "fields") {
        const field = FILTER_FIELDS[o.selected]!;
        // chosen before the counts arrived: open when they do
        if (o.facets === null && field !== "entity") setOverlay({ ...o, chosen: field });
        else openFilterValues(field, o.facets);
      } else if (o.kind === "values") {
        setOverlay(null);
        setFilter(o.field, o.selected === 0 ? undefined : o.facets[o.field][o.selected - 1]?.value);
      } else {
        setOverlay(null);
        void exportView(EXPORT_FORMATS[o.selected]!.format);
      }
    }
  };

  // the handler of the latest render, called through a stable function: Ink subscribes a new handler
  // only after React's passive effects run, and a key arriving before that would see stale state
  const handleKey = useRef<(input: string, key: Key) => void>(() => {});
  handleKey.current = (input, key) => {
    // several characters in one read (typed fast, pasted, sent by tmux): one key each
    if ([...input].length > 1 && !key.ctrl && !key.meta && keyName(input, key) === input) {
      for (const ch of input) handleKey.current(ch, keyOf(ch, key));
      return;
    }
    const name = keyName(input, key);
    const action = actionOf(keymap, name);
    const o = overlayRef.current;
    if (o) return handleOverlay(input, name, action, o);
    if (message) setMessage(null);
    if (!source || (listing.error && !listingError?.usage)) {
      // an error screen: retry or leave
      if (action === "quit") return quit();
      if (action === "refresh") {
        if (!source) setOpenToken((t) => t + 1);
        else setReloadToken((t) => t + 1);
      }
      return;
    }
    const now = navRef.current;
    const reading = now.view === "reader";
    // where relative moves start: the row a previous key is still on its way to
    const from = pendingMove.current ?? now.selected;
    switch (action) {
      case "quit":
        return quit();
      case "help":
        return setOverlay({ kind: "help" });
      case "down":
        return reading ? scrollReader(1) : moveTo(from + 1);
      case "up":
        return reading ? scrollReader(-1) : moveTo(from - 1);
      case "pageDown":
        return reading ? scrollReader(height - 1) : moveTo(from + Math.max(1, height - 1));
      case "pageUp":
        return reading ? scrollReader(-(height - 1)) : moveTo(from - Math.max(1, height - 1));
      case "top":
        return reading ? scrollReader("top") : moveTo(0);
      case "bottom":
        if (reading) return scrollReader("bottom");
        if (listing.nextCursor) {
          loadMore();
          setMessage("more items are loading: G again to go further");
        }
        return moveTo(items.length - 1);
      case "open":
        if (reading || !current) return;
        pendingMove.current = null;
        markRead(now.selected);
        return setNav({ ...now, view: "reader", readerTop: 0 });
      case "back":
        if (reading) return setNav({ ...now, view: "list" });
        if (hasFilters(query)) applyQuery({});
        return;
      case "nextItem":
      case "prevItem": {
        if (!reading) return;
        const next = now.selected + (action === "nextItem" ? 1 : -1);
        if (next < 0 || next >= items.length) {
          setMessage(next < 0 ? "this is the first item" : "this is the last item loaded");
          return;
        }
        markRead(next);
        return moveTo(next, "reader");
      }
      case "search":
        return setOverlay({ kind: "search", text: query.q ?? "", before: query });
      case "filter": {
        const shown: Overlay = { kind: "fields", selected: 0, facets: null };
        setOverlay(shown);
        source.facets(query).then(
          (facets) => {
            const o2 = overlayRef.current;
            if (o2?.kind !== "fields" || o2.facets !== null) return;
            if (o2.chosen) openFilterValues(o2.chosen, facets);
            else setOverlay({ ...o2, facets });
          },
          (error: unknown) => {
            setOverlay(null);
            void explain(error).then((e) => setMessage(`filters unavailable: ${e.message}`));
          },
        );
        return;
      }
      case "star":
      case "toggleRead": {
        if (!current) return;
        const change = action === "star" ? { starred: !current.starred } : { read: !current.read };
        patch(current.id, change);
        source.setFlags(current.id, change).then(rebase, (error: unknown) => {
          patch(current.id, action === "star" ? { starred: current.starred } : { read: current.read });
          void explain(error).then((e) => setMessage(`not saved: ${e.message}`));
        });
        return;
      }
      case "openUrl":
      case "copyUrl": {
        if (!current) return;
        const withUrl = (url: string | null | undefined) => {
          if (!url) setMessage("this item has no URL");
          else if (action === "copyUrl") setMessage(effects.copy(url));
          else
            effects
              .openUrl(url)
              .then(setMessage, (e: unknown) => explain(e).then((x) => setMessage(x.message)));
        };
        // list rows carry no URL: the whole item has it
        if (reading && full.item) withUrl(full.item.url);
        else
          source.get(current.id).then(
            (item) => withUrl(item?.url),
            (e: unknown) => explain(e).then((x) => setMessage(x.message)),
          );
        return;
      }
      case "export":
        return setOverlay({ kind: "export", selected: 0 });
      case "refresh":
        // the version is read again once the list is reloaded
        baseline.current = null;
        setChanged(false);
        return setReloadToken((t) => t + 1);
      default:
        return;
    }
  };
  useInput(useCallback((input: string, key: Key) => handleKey.current(input, key), []));

  // ---- what is on screen
  let body: React.ReactNode;
  let left: string;
  const right = "? help  q quit";
  const where = describeQuery(query);
  const totalText = listing.total === null ? `${count(items.length)}+` : count(listing.total);

  if (!source) {
    const shown = openShown;
    const help = shown ? ARCHIVE_HELP[shown.code] : undefined;
    body = shown ? (
      <MessageView
        title={help?.title ?? "The archive could not be opened"}
        lines={[shown.message, "", ...(help?.hint ?? []), "", "r: try again   q: quit"]}
        tone="error"
        height={height}
        columns={columns}
      />
    ) : (
      <MessageView title="Opening the archive…" lines={[]} height={height} columns={columns} />
    );
    left = shown ? `error: ${shown.code}` : "opening…";
  } else if (overlay?.kind === "help") {
    body = <HelpView keymap={keymap} height={height} columns={columns} />;
    left = "help";
  } else if (overlay?.kind === "fields") {
    body = (
      <PickerView
        title={overlay.facets ? "Filter by" : "Filter by (counting…)"}
        options={FILTER_FIELDS.map((f) => ({
          label: `${FIELD_LABELS[f]}${currentFilter(query, f) ? `: ${currentFilter(query, f)}` : ""}`,
        }))}
        selected={overlay.selected}
        height={height}
        columns={columns}
        footer="Enter: choose   Esc: close"
      />
    );
    left = "filter";
  } else if (overlay?.kind === "values") {
    body = (
      <PickerView
        title={`Filter by ${FIELD_LABELS[overlay.field]}`}
        options={valueOptions(overlay.field, overlay.facets)}
        selected={overlay.selected}
        height={height}
        columns={columns}
        footer="Enter: apply   Esc: back"
      />
    );
    left = "filter";
  } else if (overlay?.kind === "export") {
    body = (
      <PickerView
        title={
          nav.view === "reader" ? "Export this item as" : `Export the ${totalText} items of this view as`
        }
        options={EXPORT_FORMATS.map((f) => ({ label: f.label, note: `.${f.extension}` }))}
        selected={overlay.selected}
        height={height}
        columns={columns}
        footer="Enter: write the file in the current directory   Esc: cancel"
      />
    );
    left = "export";
  } else if (listing.error && !listingError) {
    body = <MessageView title="…" lines={[]} height={height} columns={columns} />;
    left = "";
  } else if (listing.error && listingError) {
    const shown = listingError;
    const help = ARCHIVE_HELP[shown.code];
    body = shown.usage ? (
      <MessageView
        title="This search cannot be run"
        lines={[
          shown.message,
          "",
          "/ edits the search, Esc clears it. The query language:",
          '  words, "a phrase", a OR b, -word, pref*, title:word, site:HOST category:NAME from:2017-12 to:2018',
        ]}
        tone="error"
        height={height}
        columns={columns}
      />
    ) : (
      <MessageView
        title={help?.title ?? "The archive could not be read"}
        lines={[shown.message, "", ...(help?.hint ?? []), "", "r: try again   q: quit"]}
        tone="error"
        height={height}
        columns={columns}
      />
    );
    left = `error: ${shown.code}`;
  } else if (!listing.loading && items.length === 0) {
    body = hasFilters(listing.query) ? (
      <MessageView
        title={`No items match ${describeQuery(listing.query)}`}
        lines={[
          "Try fewer words, a prefix (pref*), OR between words, or fewer filters.",
          "/ edits the search, f changes the filters, Esc clears them.",
        ]}
        height={height}
        columns={columns}
      />
    ) : (
      <MessageView
        title="The archive is empty"
        lines={[
          "Ingest some pages, then browse them:",
          "  news ingest <files|dirs|URLs>    (try: news ingest examples)",
          "r refreshes this screen after an ingest.",
        ]}
        height={height}
        columns={columns}
      />
    );
    left = where ? `0 items  ${where}` : "0 items";
  } else if (nav.view === "reader") {
    const lastTop = Math.max(0, reader.length - height);
    body = full.error ? (
      <MessageView
        title="This item could not be read"
        lines={[fullError?.message ?? "", "", "Esc: back to the list"]}
        tone="error"
        height={height}
        columns={columns}
      />
    ) : full.item || !full.loading ? (
      full.item ? (
        <ReaderView lines={reader} top={Math.min(nav.readerTop, lastTop)} height={height} columns={columns} />
      ) : (
        <MessageView
          title="This item is no longer in the archive"
          lines={["Esc: back to the list, r: refresh"]}
          height={height}
          columns={columns}
        />
      )
    ) : (
      <MessageView title="Loading…" lines={[]} height={height} columns={columns} />
    );
    const shownTo = Math.min(reader.length, Math.min(nav.readerTop, lastTop) + height);
    left = `item ${count(nav.selected + 1)}/${totalText}  ${reader.length > height ? `lines ${shownTo}/${reader.length}` : ""}`;
  } else {
    const selectedLine = lineOfItem[nav.selected] ?? 0;
    // derived here, so a resize keeps the selection on screen without a key
    const top = scrollTop(nav.top, selectedLine, height, lines.length);
    body = (
      <ListView
        items={items}
        lines={lines}
        top={top}
        selected={nav.selected}
        height={height}
        columns={columns}
      />
    );
    left = `${count(items.length === 0 ? 0 : nav.selected + 1)}/${totalText}${where ? `  ${where}` : ""}`;
  }
  // the list on screen may still be the previous query's until the new one arrives
  if (source && (listing.loading || listing.query !== query)) left += "  loading…";
  if (changed) left += "  new items: r to refresh";
  if (message) left += `  ${oneLine(message)}`;

  return (
    <Box flexDirection="column" width={columns}>
      {body}
      {overlay?.kind === "search" ? (
        <PromptLine label="/" text={overlay.text} columns={columns} note="Enter: keep  Esc: cancel" />
      ) : overlay?.kind === "entity" ? (
        <PromptLine label="entity: " text={overlay.text} columns={columns} note="id or name; Enter: apply" />
      ) : null}
      <StatusLine left={left} right={right} columns={columns} />
    </Box>
  );
}

/** The key of one character of a multi-character read (Enter, Tab, Backspace among them). */
function keyOf(ch: string, key: Key): Key {
  return {
    ...key,
    return: ch === "\r" || ch === "\n",
    tab: ch === "\t",
    backspace: ch === "\u007f" || ch === "\b",
    shift: ch !== ch.toLowerCase(),
  };
}

function currentFilter(query: BrowseQuery, field: FilterField): string | undefined {
  if (field === "month") return query.from && query.from === query.to ? query.from : undefined;
  return query[field];
}
