import type { Sighting, StoredItem } from "@news/archive";
import { useStdout } from "ink";
import { useCallback, useEffect, useRef, useState } from "react";
import type { BrowseQuery, BrowseSource, ItemSummary } from "./source.js";

/** The terminal's size, following resizes. */
export function useTerminalSize(): { columns: number; rows: number } {
  const { stdout } = useStdout();
  const read = useCallback(() => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 }), [stdout]);
  const [size, setSize] = useState(read);
  useEffect(() => {
    const resized = () => setSize(read());
    stdout.on("resize", resized);
    return () => {
      stdout.off("resize", resized);
    };
  }, [stdout, read]);
  return size;
}

export interface Listing {
  items: ItemSummary[];
  nextCursor: string | null;
  /** Matches of the whole query; null until counted. */
  total: number | null;
  loading: boolean;
  error: unknown;
  /** The query the items belong to. */
  query: BrowseQuery;
}

const FIRST_PAGE = 200;
const NEXT_PAGE = 500;
/** Rows fetched ahead while moving (on SQLite, by a reader thread of `news browse`). */
export const PREFETCH_PAGE = 250;
/** Screens of rows still below the selection when the next rows are fetched. */
export const PREFETCH_SCREENS = 5;
const LIMIT_MAX = 1000;

/**
 * Runs `fn` after the frame React and Ink are about to draw: a state update is rendered in the
 * current turn (microtasks, then Ink's write), a timer fires in the next one. Archive calls that
 * are not the key's own answer (the count of a new list, the next page) wait here, so the frame
 * that answers a key is never held by them.
 */
function afterFrame(fn: () => void): void {
  setTimeout(fn, 0);
}

// the count of a list, by query, per archive: a count walks every match (seconds for everything
// at 1,000,000 items on a cold cache) and the same list comes back often (Esc from a search, the
// browser opened again on the same archive); a refresh (r), the way new items enter a list, drops them
const countsOf = new WeakMap<BrowseSource, Map<string, Promise<number>>>();
const COUNTS_KEPT = 100;

function countOf(source: BrowseSource, query: BrowseQuery, key: string): Promise<number> {
  const counts = countsOf.get(source) ?? new Map<string, Promise<number>>();
  countsOf.set(source, counts);
  let counting = counts.get(key);
  if (!counting) {
    if (counts.size >= COUNTS_KEPT) counts.clear();
    counting = Promise.resolve(source.count(query));
    counts.set(key, counting);
    // a failed count is asked again next time
    counting.catch(() => counts.delete(key));
  }
  return counting;
}

/**
 * The list of one query, paged through the archive with cursors: the first page at once, more
 * when asked. A new query aborts the requests of the previous one; their late answers are dropped.
 */
export function useListing(source: BrowseSource | null, query: BrowseQuery, reloadToken: number) {
  const [listing, setListing] = useState<Listing>({
    items: [],
    nextCursor: null,
    total: null,
    loading: true,
    error: null,
    query,
  });
  const current = useRef<{ controller: AbortController; query: BrowseQuery } | null>(null);
  const loaded = useRef(0);
  loaded.current = listing.items.length;
  const loadedKey = useRef<string | null>(null);
  const countedFor = useRef(reloadToken);
  const key = JSON.stringify(query);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the query is compared by value (key)
  useEffect(() => {
    if (!source) return;
    const controller = new AbortController();
    current.current?.controller.abort();
    current.current = { controller, query };
    // a refresh reloads as many items as were shown, so the selection stays on screen; a new
    // query starts with one page (after paging far down, a search asked for 1,000 rows)
    const reload = loadedKey.current === key;
    if (countedFor.current !== reloadToken) {
      countedFor.current = reloadToken;
      countsOf.delete(source);
    }
    loadedKey.current = key;
    const limit = reload ? Math.min(LIMIT_MAX, Math.max(FIRST_PAGE, loaded.current)) : FIRST_PAGE;
    setListing((l) => ({ ...l, loading: true, error: null }));
    source
      .list({ ...query, limit }, { signal: controller.signal })
      .then((result) => {
        if (controller.signal.aborted) return;
        setListing({
          items: result.items,
          nextCursor: result.nextCursor,
          total: result.total ?? (result.nextCursor === null ? result.items.length : null),
          loading: false,
          error: null,
          query,
        });
        if (result.total === undefined && result.nextCursor !== null) {
          // the results first, the count (a walk over every match) after their frame
          afterFrame(() => {
            if (controller.signal.aborted) return;
            countOf(source, query, key)
              .then((total) => {
                if (!controller.signal.aborted) setListing((l) => (l.query === query ? { ...l, total } : l));
              })
              .catch(() => {});
          });
        }
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setListing((l) => ({ ...l, loading: false, error, query }));
      });
    return () => controller.abort();
  }, [source, key, reloadToken]);

  const latest = useRef(listing);
  latest.current = listing;
  const loadMore = useCallback(
    (size: number = NEXT_PAGE) => {
      const running = current.current;
      const shown = latest.current;
      if (!source || !running || shown.loading || shown.nextCursor === null || shown.query !== running.query)
        return;
      // two keys before the next render must not fetch the same page twice
      latest.current = { ...shown, loading: true };
      setListing((l) => ({ ...l, loading: true }));
      const { controller, query } = running;
      const cursor = shown.nextCursor;
      // after the frame of the key that asked: that key is answered at once, the page follows
      afterFrame(() => {
        if (controller.signal.aborted) return;
        source
          .list({ ...query, limit: size, cursor }, { signal: controller.signal })
          .then((result) => {
            if (controller.signal.aborted) return;
            setListing((l) =>
              l.query === query
                ? {
                    ...l,
                    items: [...l.items, ...result.items],
                    nextCursor: result.nextCursor,
                    loading: false,
                  }
                : l,
            );
          })
          .catch((error: unknown) => {
            if (!controller.signal.aborted) setListing((l) => ({ ...l, loading: false, error }));
          });
      });
    },
    [source],
  );

  /** Changes one row in place (a read or starred flag) without reloading. */
  const patch = useCallback((id: string, change: Partial<ItemSummary>) => {
    setListing((l) => ({
      ...l,
      items: l.items.map((item) => (item.id === id ? { ...item, ...change } : item)),
    }));
  }, []);

  return { listing, loadMore, patch };
}

export interface FullItem {
  item: StoredItem | null;
  sightings: Sighting[];
  error: unknown;
  loading: boolean;
}

/** The whole item and where it was seen, for the reading view (the last few kept). */
export function useFullItem(source: BrowseSource | null, id: string | null, reloadToken: number): FullItem {
  const cache = useRef(new Map<string, FullItem>());
  const [state, setState] = useState<FullItem>({ item: null, sightings: [], error: null, loading: true });
  const cachedFor = useRef(reloadToken);
  useEffect(() => {
    // a reload (r) drops what was cached
    if (cachedFor.current !== reloadToken) {
      cache.current.clear();
      cachedFor.current = reloadToken;
    }
    if (!source || id === null) return;
    const cached = cache.current.get(id);
    if (cached) {
      setState(cached);
      return;
    }
    let live = true;
    setState({ item: null, sightings: [], error: null, loading: true });
    Promise.all([source.get(id), source.sightings(id)])
      .then(([item, sightings]) => {
        const full = { item, sightings, error: null, loading: false };
        if (cache.current.size > 50) cache.current.delete(cache.current.keys().next().value as string);
        cache.current.set(id, full);
        if (live) setState(full);
      })
      .catch((error: unknown) => {
        if (live) setState({ item: null, sightings: [], error, loading: false });
      });
    return () => {
      live = false;
    };
  }, [source, id, reloadToken]);
  return state;
}
