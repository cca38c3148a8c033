// SVG viewer: loads the server-rendered preview (our own re-render, never an uploaded SVG), then pans and zooms it by
// changing its viewBox. Defect markers keep their screen size; a defect row zooms the drawing to its marker.
const host = document.getElementById("viewer");
const NS = "http://www.w3.org/2000/svg";
let svg, full, view;

async function load() {
  const response = await fetch(host.dataset.src);
  if (!response.ok) { host.insertAdjacentHTML("beforeend", '<p class="muted" style="padding:1rem">No preview available.</p>'); return; }
  const doc = new DOMParser().parseFromString(await response.text(), "image/svg+xml");
  const root = doc.documentElement;
  if (root.namespaceURI !== NS || root.querySelector("script, foreignObject")) return;
  svg = document.importNode(root, true);
  svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
  host.prepend(svg);
  // Banners ("simplified", "units unknown") would move with the drawing: show them as page text instead.
  for (const t of svg.querySelectorAll("text.banner")) {
    const p = document.createElement("p");
    p.className = "note small";
    p.textContent = t.textContent;
    host.before(p);
    t.remove();
  }
  full = svg.viewBox.baseVal && [svg.viewBox.baseVal.x, svg.viewBox.baseVal.y, svg.viewBox.baseVal.width, svg.viewBox.baseVal.height];
  view = [...full];
  apply();
  host.dataset.ready = "true";
}

function apply() {
  svg.setAttribute("viewBox", view.map(n => +n.toFixed(4)).join(" "));
  // Drawing units per screen pixel: markers are drawn in pixels, so scale them by it.
  const perPixel = Math.max(view[2] / host.clientWidth, view[3] / host.clientHeight);
  for (const g of svg.querySelectorAll("g.defect")) {
    g.setAttribute("transform", `translate(${g.dataset.x} ${g.dataset.y}) scale(${perPixel})`);
  }
}

function zoom(factor, cx = view[0] + view[2] / 2, cy = view[1] + view[3] / 2) {
  const w = Math.min(full[2] * 4, Math.max(full[2] / 2000, view[2] * factor));
  const h = w * (view[3] / view[2]);
  view = [cx - (cx - view[0]) * (w / view[2]), cy - (cy - view[1]) * (h / view[3]), w, h];
  apply();
}

function pan(dxPx, dyPx) {
  const perPixel = Math.max(view[2] / host.clientWidth, view[3] / host.clientHeight);
  view[0] -= dxPx * perPixel;
  view[1] -= dyPx * perPixel;
  apply();
}

function pointAt(ev) {
  const m = svg.getScreenCTM().inverse();
  const p = new DOMPoint(ev.clientX, ev.clientY).matrixTransform(m);
  return [p.x, p.y];
}

export function zoomToDefect(n) {
  const g = svg?.querySelector(`g.defect[data-defect="${n}"]`);
  if (!g) return;
  const size = Math.max(full[2], full[3]) / 12;
  view = [+g.dataset.x - size / 2, +g.dataset.y - size / 2, size, size];
  apply();
  for (const other of svg.querySelectorAll("g.defect.focused")) other.classList.remove("focused");
  g.classList.add("focused");
  host.dataset.zoomed = String(n);
  host.focus();
}

host.addEventListener("wheel", ev => { if (!svg) return; ev.preventDefault(); zoom(ev.deltaY > 0 ? 1.2 : 1 / 1.2, ...pointAt(ev)); }, { passive: false });
let drag = null;
host.addEventListener("pointerdown", ev => { if (!svg || ev.target.closest("button")) return; drag = [ev.clientX, ev.clientY]; host.setPointerCapture(ev.pointerId); });
host.addEventListener("pointermove", ev => { if (!drag) return; pan(ev.clientX - drag[0], ev.clientY - drag[1]); drag = [ev.clientX, ev.clientY]; });
host.addEventListener("pointerup", () => { drag = null; });
host.addEventListener("keydown", ev => {
  if (!svg) return;
  const step = 40;
  const keys = { ArrowLeft: () => pan(step, 0), ArrowRight: () => pan(-step, 0), ArrowUp: () => pan(0, step), ArrowDown: () => pan(0, -step),
    "+": () => zoom(1 / 1.25), "=": () => zoom(1 / 1.25), "-": () => zoom(1.25), "0": () => { view = [...full]; apply(); } };
  if (keys[ev.key]) { ev.preventDefault(); keys[ev.key](); }
});
host.querySelector('[data-zoom="in"]').addEventListener("click", () => zoom(1 / 1.25));
host.querySelector('[data-zoom="out"]').addEventListener("click", () => zoom(1.25));
host.querySelector('[data-zoom="fit"]').addEventListener("click", () => { view = [...full]; apply(); });
for (const b of document.querySelectorAll("[data-zoom-defect]")) b.addEventListener("click", () => zoomToDefect(b.dataset.zoomDefect));
window.addEventListener("resize", () => svg && apply());
load();
