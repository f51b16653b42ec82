// Supervisor dashboard: small SVG bar charts drawn from the page's data attribute.
// Suppressed cells ("<5") are drawn as a grey stub of fixed size, labelled "<5", so the
// chart never reveals more than the table.
(function () {
  "use strict";
  const root = document.getElementById("charts");
  if (!root) return;
  const data = JSON.parse(root.dataset.stats || "{}");
  const SVG = "http://www.w3.org/2000/svg";

  function el(name, attrs, text) {
    const node = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function labelOf(section, raw) {
    // Reuse the table's translated row headers when there is one.
    const th = Array.from(section.querySelectorAll("tbody th")).find(function (h, i) { return i === raw.index; });
    return th ? th.textContent : raw.label;
  }

  function draw(section, cells) {
    const plot = section.querySelector(".plot");
    if (!plot || !cells || !cells.length) return;
    const numeric = cells.map(function (c) { return typeof c.value === "number" ? c.value : 0; });
    const max = Math.max(5, Math.max.apply(null, numeric));
    const rowH = 24, labelW = 120, width = 320, barW = width - labelW - 40;
    const svg = el("svg", { viewBox: "0 0 " + width + " " + (cells.length * rowH + 6), role: "img" });
    cells.forEach(function (c, i) {
      const y = i * rowH + 3;
      const suppressed = typeof c.value !== "number";
      const w = suppressed ? barW * 0.04 : Math.max(1, barW * c.value / max);
      const name = labelOf(section, { index: i, label: c.label });
      svg.appendChild(el("text", { x: labelW - 6, y: y + 15, "text-anchor": "end" }, name.length > 18 ? name.slice(0, 17) + "…" : name));
      svg.appendChild(el("rect", { x: labelW, y: y + 2, width: w, height: rowH - 6, class: suppressed ? "bar suppressed" : "bar" }));
      svg.appendChild(el("text", { x: labelW + w + 4, y: y + 15 }, String(c.value)));
    });
    plot.replaceChildren(svg);
    plot.dataset.drawn = "1";
  }

  root.querySelectorAll("section[data-breakdown]").forEach(function (section) {
    draw(section, (data.breakdowns || {})[section.dataset.breakdown]);
  });
  const series = root.querySelector("section[data-series]");
  if (series) draw(series, data.series);
  window.hotlineDashboard = { drawn: root.querySelectorAll(".plot[data-drawn]").length };
})();
