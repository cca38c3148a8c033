// Upload queue: one XMLHttpRequest per file to POST /ingest (byte progress), then the file's status polled from
// GET /files/{id} until it is completed or failed. Entries live in localStorage, so a reload picks them up again.
const KEY = "lg.uploads";
const FINAL = new Set(["completed", "failed", "deleted", "refused"]);
const panel = document.getElementById("queue-panel");
const list = document.getElementById("queue");
let entries = load();

function load() {
  try { return JSON.parse(localStorage.getItem(KEY) || "[]"); } catch { return []; }
}
function save() {
  // Only what a reload needs: ids, names and last known status (never file bytes).
  localStorage.setItem(KEY, JSON.stringify(entries.filter(e => e.id || FINAL.has(e.status)).slice(-200)));
}
function hints() {
  const form = document.getElementById("upload-hints");
  const data = new FormData();
  if (!form) return data;
  for (const [k, v] of new FormData(form)) if (typeof v === "string" && v.trim() !== "") data.append(k, v.trim());
  return data;
}
function sentence(problem, status) {
  if (status === 0) return "The upload did not reach the server (network or server down). Try again.";
  if (status === 413) return problem?.detail || "The file is larger than the server accepts.";
  return problem?.detail || problem?.title || `The server refused the file (HTTP ${status}).`;
}

function render() {
  if (!list) return;
  panel.hidden = entries.length === 0;
  list.replaceChildren(...entries.map(e => {
    const li = document.createElement("li");
    li.dataset.key = e.key;
    const name = document.createElement("span");
    name.className = "name";
    if (e.id) {
      const a = document.createElement("a");
      a.href = `/catalog/${e.id}`;
      a.textContent = e.name;
      name.append(a);
    } else name.textContent = e.name;
    const progress = document.createElement("progress");
    progress.max = 100;
    progress.value = e.status === "uploading" ? e.percent || 0 : 100;
    progress.setAttribute("aria-label", `Upload progress of ${e.name}`);
    const status = document.createElement("span");
    status.className = `badge s-${e.dup ? "duplicate" : e.status}`;
    status.setAttribute("role", "status");
    status.textContent = e.dup ? "duplicate" : e.status === "uploading" ? `uploading ${e.percent || 0}%` : e.status;
    li.append(name, progress, status);
    if (e.why || e.dup) {
      const why = document.createElement("span");
      why.className = e.status === "refused" || e.status === "failed" ? "why error" : "why muted";
      why.textContent = e.why || "";
      if (e.dup) {
        const a = document.createElement("a");
        a.href = `/catalog/${e.dup}`;
        a.textContent = `file ${e.dup}`;
        why.append(e.why ? " " : "Same bytes as ", a, " in this project; no new version was made.");
      }
      li.append(why);
    }
    return li;
  }));
}

function apply(entry, file) {
  entry.id = file.ingest_id;
  entry.status = file.status;
  entry.why = file.status === "failed" ? (file.failure_reason || "Processing failed.") : "";
  entry.dup = file.duplicate_of || null;
}

function upload(file) {
  const entry = { key: `${Date.now()}-${Math.random()}`, name: file.name, status: "uploading", percent: 0 };
  entries.push(entry);
  render();
  const data = hints();
  data.append("file", file, file.name);
  const xhr = new XMLHttpRequest();
  xhr.open("POST", "/ingest?wait=false");
  // A session's changes carry the page's antiforgery token (docs/SECURITY.md).
  xhr.setRequestHeader("RequestVerificationToken", document.querySelector('meta[name="lg-antiforgery"]')?.content || "");
  xhr.upload.onprogress = ev => {
    if (!ev.lengthComputable) return;
    entry.percent = Math.round((ev.loaded / ev.total) * 100);
    render();
  };
  xhr.onload = () => {
    let body = null;
    try { body = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
    if (xhr.status >= 200 && xhr.status < 300 && body) {
      const files = body.files ? body.files.map(f => f.file) : [body];
      apply(entry, files[0]);
      entry.name = files.length > 1 ? `${file.name} → ${files[0].original_filename}` : file.name;
      for (const more of files.slice(1)) {
        const e = { key: `${entry.key}-${more.ingest_id}`, name: `${file.name} → ${more.original_filename}` };
        apply(e, more);
        entries.push(e);
      }
    } else {
      entry.status = "refused";
      entry.why = sentence(body, xhr.status);
    }
    save();
    render();
  };
  xhr.onerror = () => { entry.status = "refused"; entry.why = sentence(null, 0); save(); render(); };
  xhr.send(data);
}

async function poll() {
  for (const e of entries.filter(x => x.id && !FINAL.has(x.status))) {
    try {
      const r = await fetch(`/files/${e.id}`, { headers: { accept: "application/json" } });
      if (r.ok) apply(e, await r.json());
    } catch { /* the next round tries again */ }
  }
  save();
  render();
}

export function enqueue(files) { for (const f of files) upload(f); }

// Drop anywhere on any page; a highlighted overlay says where the files go.
const overlay = document.getElementById("drop-overlay");
let depth = 0;
const hasFiles = ev => [...(ev.dataTransfer?.types || [])].includes("Files");
document.addEventListener("dragenter", ev => { if (hasFiles(ev)) { depth++; overlay.hidden = false; } });
document.addEventListener("dragleave", () => { depth = Math.max(0, depth - 1); if (depth === 0) overlay.hidden = true; });
document.addEventListener("dragover", ev => { if (hasFiles(ev)) ev.preventDefault(); });
document.addEventListener("drop", ev => {
  if (!hasFiles(ev)) return;
  ev.preventDefault();
  depth = 0;
  overlay.hidden = true;
  enqueue(ev.dataTransfer.files);
});
const input = document.getElementById("file-input");
// The hint fields are read, never submitted (an inline onsubmit would break the Content-Security-Policy).
document.addEventListener("submit", ev => { if (ev.target instanceof HTMLFormElement && ev.target.id === "upload-hints") ev.preventDefault(); });
input?.addEventListener("change", () => { enqueue(input.files); input.value = ""; });
document.getElementById("queue-clear")?.addEventListener("click", () => {
  entries = entries.filter(e => !FINAL.has(e.status));
  save();
  render();
});

render();
poll();
setInterval(poll, 1500);
