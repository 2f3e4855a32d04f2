// apart from the server code, so `news --help` and `news serve --help` load no HTTP stack
/** The `news serve` help text (also `node apps/api/dist/main.js --help`). */
export const SERVE_HELP = `Usage: news serve [options]

Serve the archive over HTTP: search, items, facets, stats, parse, ingest; /docs documents each route.

Options:
  --port N        port to listen on (default 8080; 0 picks a free one)
  --host HOST     address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 for every interface)
  --db PATH|URL   the archive: a SQLite file or a postgres:// URL (default: $NEWS_DATABASE_URL,
                  else $NEWS_DB, else $XDG_DATA_HOME/news/archive.db)
  --allow-fetch   let POST /v1/parse fetch { url } (never loopback, private or metadata addresses)

Environment:
  NEWS_API_KEY          the key POST /v1/ingest requires (Authorization: Bearer …); unset: no writes
  NEWS_API_CORS         origins allowed from browsers: * or a comma-separated list (default: none)
  NEWS_API_RATE_LIMIT   requests per minute per client (default 600; 0 turns the limit off)
  NEWS_API_ACCESS_LOG   0 to turn off the JSON access log on stdout
  NEWS_API_READERS      SQLite reader threads (default 2; 0 runs queries on the main thread)
  NEWS_API_CACHE        0 to turn off the response cache of reads (kept until the archive changes)

Stops on SIGTERM or SIGINT: no new connections, in-flight requests finish, the archive is closed.`;
