import { GAZETTEER } from "./gazetteer-data.js";
import { fold, soundKey } from "./text.js";

/** A place the gazetteer knows. */
export interface Place {
  name: string;
  country: string;
  lat: number | null;
  lon: number | null;
  population: number;
  /** GeoNames feature code (PPLC capital, PPLA seat of a province…), "region" or "country" */
  feature: string;
}

let exact: Map<string, Place[]> | null = null;
let loose: Map<string, Place[]> | null = null;

// rank when two places share a spelling: countries, then capitals, then the most populous
function rank(p: Place): number {
  return p.feature === "country"
    ? 3e9
    : p.feature === "region"
      ? 2e9
      : p.feature === "PPLC"
        ? 1e9 + p.population
        : p.population;
}

function put(map: Map<string, Place[]>, key: string, place: Place) {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [place]);
  else if (!list.includes(place)) list.push(place);
}

// several towns of a similar size share the name (Greenville, Tripoli): keep the country when they
// agree and drop the coordinates; when the countries differ, the name alone does not say where
function pick(list: Place[] | undefined): Place | null {
  if (!list?.length) return null;
  const sorted = [...list].sort((a, b) => rank(b) - rank(a));
  const top = sorted[0] as Place;
  if (top.feature === "country" || top.feature === "region") return top;
  // a capital wins over namesakes unless one of them is far bigger (Victoria, Canada vs Seychelles)
  const largest = Math.max(...sorted.map((p) => p.population));
  const best =
    top.feature === "PPLC" && top.population * 5 >= largest
      ? top
      : (sorted.find((p) => p.population === largest) as Place);
  if (best === top && top.feature === "PPLC") return best;
  const rivals = sorted.filter((p) => p !== best && p.population * 5 >= best.population);
  if (!rivals.length) return best;
  if (rivals.some((r) => r.country !== best.country)) return null;
  return { ...best, lat: null, lon: null };
}

// parsed on first use: users who never enrich never pay for the 5,700 rows
function load() {
  if (exact && loose) return { exact, loose };
  exact = new Map();
  loose = new Map();
  for (const row of GAZETTEER.split("\n")) {
    const [name = "", country = "", lat = "", lon = "", population = "0", feature = "", aliases = ""] =
      row.split("\t");
    const place: Place = {
      name,
      country,
      lat: lat ? Number(lat) : null,
      lon: lon ? Number(lon) : null,
      population: Number(population),
      feature,
    };
    for (const n of [name, ...(aliases ? aliases.split(";") : [])]) {
      put(exact, fold(n), place);
      put(loose, soundKey(n), place);
    }
  }
  return { exact, loose };
}

/** The place a name denotes, by exact spelling first and then by a transliteration-tolerant key. */
export function lookupPlace(name: string): Place | null {
  const maps = load();
  const key = fold(name);
  if (key.length < 3) return null;
  if (maps.exact.has(key)) return pick(maps.exact.get(key));
  return key.length >= 5 ? pick(maps.loose.get(soundKey(name))) : null;
}

/** Stable id of a place, shared by every spelling of it. */
export function placeId(place: Place): string {
  return `place:${place.country}:${fold(place.name).replace(/ /g, "-")}`;
}
