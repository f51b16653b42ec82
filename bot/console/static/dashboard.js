// Supervisor dashboard: small SVG bar charts drawn from the page's data attribute. Each bar has
// its label on a line of its own above it, so a long or translated label is never clipped.
// Suppressed cells ("<10") are drawn as a grey stub of fixed size, labelled as such, so the
// chart never reveals more than the table.
(function () {
  "use strict";
  const root = document.getElementById("charts");
  if (!root) return;
  const data = JSON.parse(root.dataset.stats || "{}");
  const SVG = "http://www.w3.org/2000/svg";
  const LABEL_H = 16, BAR_H = 14, GAP = 8;

  function el(name, attrs, text) {
    const node = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function labelOf(section, index, raw) {
    // The table's translated row header when there is one.
    const th = section.querySelectorAll("tbody th")[index];
    return th ? th.textContent : raw;
  }

  function draw(section, cells) {
    const plot = section.querySelector(".plot");
    if (!plot || !cells || !cells.length) return;
    const numeric = cells.map(function (c) { return typeof c.value === "number" ? c.value : 0; });
    const max = Math.max(data.threshold || 10, Math.max.apply(null, numeric));
    const WIDTH = Math.max(200, Math.round(plot.clientWidth) || 320);  // 1 unit = 1 CSS pixel
    const barMax = WIDTH - 48;  // room for the value after the longest bar
    const rowH = LABEL_H + BAR_H + GAP;
    const svg = el("svg", { viewBox: "0 0 " + WIDTH + " " + (cells.length * rowH), role: "img" });
    cells.forEach(function (c, i) {
      const y = i * rowH;
      const suppressed = typeof c.value !== "number";
      const w = suppressed ? barMax * 0.04 : Math.max(1, barMax * c.value / max);
      svg.appendChild(el("text", { x: 0, y: y + 12, class: "label" }, labelOf(section, i, c.label)));
      svg.appendChild(el("rect", { x: 0, y: y + LABEL_H, width: w, height: BAR_H,
                                   class: suppressed ? "bar suppressed" : "bar" }));
      svg.appendChild(el("text", { x: w + 4, y: y + LABEL_H + 11, class: "value" }, String(c.value)));
    });
    plot.replaceChildren(svg);
    // A label wider than the chart (a very long translation) is shrunk to fit, never cut.
    svg.querySelectorAll("text.label").forEach(function (t) {
      const width = t.getComputedTextLength ? t.getComputedTextLength() : 0;
      if (width > WIDTH) {
        t.setAttribute("textLength", WIDTH);
        t.setAttribute("lengthAdjust", "spacingAndGlyphs");
      }
    });
    plot.dataset.drawn = "1";
  }

  root.querySelectorAll("section[data-breakdown]").forEach(function (section) {
    draw(section, (data.breakdowns || {})[section.dataset.breakdown]);
  });
  const series = root.querySelector("section[data-series]");
  if (series) draw(series, data.series);
  window.hotlineDashboard = { drawn: root.querySelectorAll(".plot[data-drawn]").length };
})();
