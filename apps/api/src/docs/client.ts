/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The docs page's script: reads the API's own OpenAPI description and lets a reader try each
// route. No framework and no CDN, so it works on a machine with no internet. The DOM is built
// with textContent only: nothing from the description or a response is ever parsed as HTML.
// It is served as the source of this function (`docsClient.toString()`), so it must not refer
// to anything outside itself.

/** Runs in the browser on the docs page. */
export async function docsClient(): Promise<void> {
  type Param = {
    name: string;
    in: string;
    description?: string;
    schema?: { enum?: string[]; description?: string };
  };
  type Operation = {
    summary?: string;
    description?: string;
    parameters?: Param[];
    requestBody?: { content?: Record<string, unknown> };
    security?: unknown[];
  };
  const base = new URL("../", (document.currentScript as HTMLScriptElement | null)?.src ?? location.href);
  const main = document.getElementById("routes") as HTMLElement;

  function el(tag: string, props: Record<string, string> = {}, ...children: (Node | null)[]): HTMLElement {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (key === "text") node.textContent = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) if (child) node.append(child);
    return node;
  }

  function routeSection(path: string, method: string, op: Operation): HTMLElement {
    const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, "-");
    const section = el("section", { class: "route", "data-route": `${method.toUpperCase()} ${path}`, id });
    section.append(
      el("h2", {}, el("span", { class: "method", text: method.toUpperCase() }), el("code", { text: path })),
      el("p", { class: "description", text: [op.summary, op.description].filter(Boolean).join(": ") }),
    );
    const form = el("form") as HTMLFormElement;
    const params = (op.parameters ?? []).filter((p) => p.in === "query" || p.in === "path");
    for (const p of params) {
      const inputId = `${id}-${p.name}`;
      const hint = p.schema?.enum
        ? p.schema.enum.join(" | ")
        : (p.description ?? p.schema?.description ?? "");
      form.append(
        el("label", { for: inputId, text: `${p.name}${p.in === "path" ? " (path)" : ""}` }),
        el("input", { id: inputId, name: p.name, "data-in": p.in, placeholder: hint }),
      );
    }
    const bodyTypes = Object.keys(op.requestBody?.content ?? {});
    if (bodyTypes.length > 0) {
      const select = el("select", { name: "content-type", id: `${id}-type` });
      for (const type of bodyTypes) select.append(el("option", { value: type, text: type }));
      form.append(el("label", { for: `${id}-type`, text: "Content-Type" }), select);
      form.append(
        el("label", { for: `${id}-body`, text: "body" }),
        el("textarea", { id: `${id}-body`, name: "body" }),
      );
    }
    if (op.security) {
      form.append(
        el("label", { for: `${id}-key`, text: "API key" }),
        el("input", { id: `${id}-key`, name: "api-key", type: "password" }),
      );
    }
    form.append(el("button", { type: "submit", text: "Send" }));
    const output = el("pre", { class: "response", "data-response": "" });
    output.hidden = true;
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      let target = path;
      const query = new URLSearchParams();
      for (const input of form.querySelectorAll<HTMLInputElement>("input[data-in]")) {
        if (input.value === "") continue;
        if (input.dataset.in === "path")
          target = target.replace(`{${input.name}}`, encodeURIComponent(input.value));
        else query.set(input.name, input.value);
      }
      const url = new URL(target.replace(/^\//, ""), base);
      url.search = query.toString();
      const headers: Record<string, string> = {};
      const init: RequestInit = { method: method.toUpperCase(), headers };
      const body = form.querySelector("textarea");
      if (body) {
        headers["content-type"] = (form.querySelector("select") as HTMLSelectElement).value;
        init.body = body.value;
      }
      const key = form.querySelector<HTMLInputElement>('input[name="api-key"]');
      if (key?.value) headers.authorization = `Bearer ${key.value}`;
      output.hidden = false;
      output.textContent = `${init.method} ${url.pathname}${url.search} …`;
      try {
        const response = await fetch(url, init);
        const text = await response.text();
        let shown = text;
        try {
          shown = JSON.stringify(JSON.parse(text), null, 2);
        } catch {
          // not JSON: shown as it came
        }
        const type = response.headers.get("content-type") ?? "";
        output.textContent = `${response.status} ${response.statusText}\n${type}\n\n${shown.slice(0, 20000)}`;
      } catch (error) {
        output.textContent = `request failed: ${error}`;
      }
    });
    section.append(form, output);
    return section;
  }

  try {
    const response = await fetch(new URL("openapi.json", base));
    const spec = (await response.json()) as {
      openapi: string;
      info: { title: string; version: string };
      paths: Record<string, Record<string, Operation>>;
    };
    main.textContent = "";
    main.append(el("p", { text: `${spec.info.title} ${spec.info.version} (OpenAPI ${spec.openapi})` }));
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) main.append(routeSection(path, method, op));
    }
  } catch (error) {
    main.textContent = `Could not read openapi.json: ${error}`;
  }
}
