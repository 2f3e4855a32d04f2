import { docsClient } from "./client.js";

/** The docs page: it loads its script and style from the app itself (no CDN: works offline). */
export const DOCS_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@news API</title>
<link rel="stylesheet" href="docs/style.css">
</head>
<body>
<header>
  <h1>@news API</h1>
  <p>Search, read and parse news over HTTP. Every route below is described by
  <a href="openapi.json">openapi.json</a> (OpenAPI 3.1); try each one from this page.
  Errors are <code>application/problem+json</code> with a stable <code>code</code>.</p>
</header>
<main id="routes" aria-live="polite">Loading the API description…</main>
<script src="docs/app.js" defer></script>
</body>
</html>
`;

export const DOCS_CSS = `:root { color-scheme: light dark; --line: #8884; --accent: #2a6; }
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 4rem; }
h1 { margin-bottom: 0.25rem; }
section.route { border: 1px solid var(--line); border-radius: 6px; margin: 1rem 0; padding: 0.5rem 1rem 1rem; }
section.route h2 { font-size: 1.05rem; margin: 0.5rem 0; }
.method { display: inline-block; min-width: 3.5rem; font-family: ui-monospace, monospace; color: var(--accent); }
form { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 0.75rem; align-items: center; }
form label { font-family: ui-monospace, monospace; font-size: 0.9rem; }
form input, form textarea, form select { font: inherit; font-size: 0.9rem; padding: 0.2rem 0.4rem; }
form textarea { min-height: 6rem; font-family: ui-monospace, monospace; }
form button { grid-column: 2; justify-self: start; padding: 0.3rem 1rem; }
pre.response { background: #8881; padding: 0.5rem; overflow: auto; max-height: 24rem; white-space: pre-wrap; word-break: break-word; }
p.description { margin: 0.25rem 0 0.75rem; }
`;

/** The page's script: `docsClient` as source, run once the page has loaded. */
export const DOCS_JS = `(${docsClient.toString()})();\n`;
