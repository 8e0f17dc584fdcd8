// The showgraph query page: example queries, run against /query, results as a table.
// No dependencies and no network access beyond this server. Every value from a result is
// written with textContent, never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
const FORMATS = [["JSON", "json"], ["XML", "xml"], ["CSV", "csv"], ["TSV", "tsv"],
                 ["Turtle", "turtle"], ["N-Triples", "nt"]];
let prefixes = {};
let saved = [];

function compact(iri) {
  let best = null;
  for (const [prefix, ns] of Object.entries(prefixes)) {
    if (iri.startsWith(ns) && (!best || ns.length > best[1].length)) best = [prefix, ns];
  }
  return best ? `${best[0]}:${iri.slice(best[1].length)}` : `<${iri}>`;
}

function cell(term) {
  const td = document.createElement("td");
  if (!term) return td;
  const span = document.createElement("span");
  if (term.type === "uri") {
    span.className = "iri";
    span.title = term.value;
    span.textContent = compact(term.value);
  } else if (term.type === "bnode") {
    span.textContent = `_:${term.value}`;
  } else {
    span.textContent = term.value;
  }
  td.appendChild(span);
  const note = term["xml:lang"] ? `@${term["xml:lang"]}`
    : term.datatype && !term.datatype.endsWith("#string") ? ` ${compact(term.datatype)}` : "";
  if (note) {
    const dt = document.createElement("span");
    dt.className = "dt";
    dt.textContent = note;
    td.appendChild(dt);
  }
  return td;
}

function table(json) {
  const vars = json.head.vars || [];
  const t = document.createElement("table");
  const head = t.createTHead().insertRow();
  for (const name of ["#", ...vars]) {
    const th = document.createElement("th");
    th.textContent = name === "#" ? "" : `?${name}`;
    head.appendChild(th);
  }
  const body = t.createTBody();
  json.results.bindings.forEach((row, i) => {
    const tr = body.insertRow();
    const n = document.createElement("td");
    n.className = "n";
    n.textContent = String(i + 1);
    tr.appendChild(n);
    for (const v of vars) tr.appendChild(cell(row[v]));
  });
  return t;
}

function setLinks() {
  const links = $("links");
  links.textContent = "Download: ";
  const q = encodeURIComponent($("query").value);
  for (const [label, format] of FORMATS) {
    const a = document.createElement("a");
    a.href = `/query?format=${format}&query=${q}`;
    a.textContent = label;
    links.appendChild(a);
  }
}

function status(text, isError) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "";
}

async function run(event) {
  if (event) event.preventDefault();
  const button = $("run");
  button.disabled = true;
  status("Running…");
  $("results").textContent = "";
  const started = performance.now();
  try {
    const response = await fetch("/query", {
      method: "POST",
      headers: {
        "Content-Type": "application/sparql-query",
        "Accept": "application/sparql-results+json, text/turtle;q=0.9",
      },
      body: $("query").value,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const text = await response.text();
    if (!response.ok) {
      status(`${response.status} ${response.statusText}: ${text}`, true);
      return;
    }
    const capped = response.headers.get("X-SPARQL-MaxRows");
    const cut = capped ? ` (cut at the endpoint's limit of ${capped})` : "";
    const type = response.headers.get("Content-Type") || "";
    if (type.includes("sparql-results+json")) {
      const json = JSON.parse(text);
      if ("boolean" in json) {
        status(`ASK: ${json.boolean} · ${seconds} s`);
        return;
      }
      const n = json.results.bindings.length;
      status(`${n} row${n === 1 ? "" : "s"}${cut} · ${seconds} s`);
      $("results").appendChild(table(json));
    } else {
      status(`Graph result${cut} · ${seconds} s`);
      const pre = document.createElement("pre");
      pre.textContent = text;
      $("results").appendChild(pre);
    }
  } catch (err) {
    status(`Could not reach the endpoint: ${err}`, true);
  } finally {
    button.disabled = false;
  }
}

function choose() {
  const chosen = saved.find((q) => q.name === $("examples").value);
  $("description").textContent = chosen ? chosen.description : "";
  if (chosen) $("query").value = chosen.query;
  setLinks();
}

async function init() {
  $("form").addEventListener("submit", run);
  $("query").addEventListener("input", setLinks);
  $("query").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(e);
  });
  $("examples").addEventListener("change", choose);
  setLinks();
  try {
    const info = await (await fetch("/saved-queries.json")).json();
    prefixes = info.prefixes;
    saved = info.queries;
    for (const q of saved) {
      const option = document.createElement("option");
      option.value = q.name;
      option.textContent = `${q.name} — ${q.description}`;
      $("examples").appendChild(option);
    }
    $("endpoint").textContent = new URL("/query", location.href).href;
    const limits = `results capped at ${info.maxRows} rows, ${info.timeout} s per query`;
    $("description").textContent = info.allowUpdate ? `${limits}; updates allowed` : limits;
  } catch (err) {
    status(`Could not load the example queries: ${err}`, true);
  }
}

init();
