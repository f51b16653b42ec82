// Operator console: live queue over server-sent events, alert banner and beep for
// `immediate` cases. Everything from the server is inserted with textContent.
(function () {
  "use strict";
  const body = document.body;
  const csrf = body.dataset.csrf || "";
  // firstSeen: when each case first appeared on this page (the browser tests read it).
  window.hotlineConsole = { csrf: csrf, beeps: 0, events: 0, lastRender: 0, firstSeen: {} };

  function fmtWait(seconds) {
    const m = Math.floor(seconds / 60), h = Math.floor(m / 60);
    if (h > 0) return h + " h " + (m % 60) + " min";
    if (m > 0) return m + " min";
    return Math.max(0, Math.floor(seconds)) + " s";
  }

  function tickWaiting() {
    const now = Date.now();
    document.querySelectorAll("time.waiting").forEach(function (t) {
      const start = Date.parse(t.getAttribute("datetime"));
      if (!isNaN(start)) t.textContent = fmtWait((now - start) / 1000);
    });
  }

  let audioCtx = null;
  function beep() {
    window.hotlineConsole.beeps += 1;
    try {
      const Ctx = window.AudioContext || window.webkitAudioContext;
      if (!Ctx) return;
      audioCtx = audioCtx || new Ctx();
      if (audioCtx.state === "suspended") audioCtx.resume();
      [0, 0.3].forEach(function (offset) {
        const osc = audioCtx.createOscillator(), gain = audioCtx.createGain();
        osc.type = "square";
        osc.frequency.value = 880;
        gain.gain.setValueAtTime(0.15, audioCtx.currentTime + offset);
        gain.gain.exponentialRampToValueAtTime(0.0001, audioCtx.currentTime + offset + 0.25);
        osc.connect(gain).connect(audioCtx.destination);
        osc.start(audioCtx.currentTime + offset);
        osc.stop(audioCtx.currentTime + offset + 0.26);
      });
    } catch (_) { /* sound is a bonus: the banner is the alert */ }
  }
  // Browsers allow sound only after a user gesture: unlock on the first key or click.
  function unlock() {
    try {
      const Ctx = window.AudioContext || window.webkitAudioContext;
      if (Ctx && !audioCtx) audioCtx = new Ctx();
      if (audioCtx && audioCtx.state === "suspended") audioCtx.resume();
    } catch (_) { /* ignore */ }
  }
  document.addEventListener("keydown", unlock, { once: true });
  document.addEventListener("pointerdown", unlock, { once: true });

  const seenImmediate = new Set();
  let firstLoad = true;

  function showAlert(rows) {
    const banner = document.getElementById("alert");
    if (!banner) return;
    const urgent = rows.filter(function (r) { return r.risk_level === "immediate" && !r.claimed_by; });
    let fresh = false;
    urgent.forEach(function (r) { if (!seenImmediate.has(r.id)) { seenImmediate.add(r.id); fresh = true; } });
    if (urgent.length) {
      banner.hidden = false;
      const link = document.getElementById("alert-link");
      if (link) link.setAttribute("href", "/console/cases/" + urgent[0].id);
      if (fresh && !firstLoad) beep();
    } else {
      banner.hidden = true;
    }
    firstLoad = false;
  }

  const table = document.getElementById("queue");
  const tbody = document.getElementById("queue-body");

  function cell(tr, content) {
    const td = document.createElement("td");
    if (content instanceof Node) td.appendChild(content); else td.textContent = content;
    tr.appendChild(td);
    return td;
  }

  function renderQueue(rows) {
    if (!tbody) return;
    const L = table.dataset;
    const known = new Set(Array.from(tbody.querySelectorAll("tr[data-id]")).map(function (tr) { return tr.dataset.id; }));
    const frag = document.createDocumentFragment();
    rows.forEach(function (r) {
      const tr = document.createElement("tr");
      tr.className = "risk-" + r.risk_level + (known.has(String(r.id)) ? "" : " fresh");
      tr.dataset.id = r.id;
      tr.dataset.risk = r.risk_level;
      tr.dataset.claimed = r.claimed_by ? "1" : "0";
      if (!(r.id in window.hotlineConsole.firstSeen)) window.hotlineConsole.firstSeen[r.id] = Date.now();
      const badge = document.createElement("span");
      badge.className = "badge risk-" + r.risk_level;
      badge.textContent = L["l" + r.risk_level.charAt(0).toUpperCase() + r.risk_level.slice(1)] || r.risk_level;
      cell(tr, badge);
      const t = document.createElement("time");
      t.className = "waiting";
      t.setAttribute("datetime", r.created_at);
      t.textContent = fmtWait(r.waiting_seconds);
      cell(tr, t);
      const lang = cell(tr, r.language_name);
      if (!r.reads_language) {
        const w = document.createElement("span");
        w.className = "warn";
        w.textContent = " ⚠ " + L.lNoread;
        lang.appendChild(w);
      }
      cell(tr, r.channel_label);
      cell(tr, r.reason);
      cell(tr, r.claimed_by ? L.lClaimed + " " + (r.mine ? L.lYou : r.claimed_by) : L.lUnclaimed);
      const a = document.createElement("a");
      a.className = "button";
      a.href = "/console/cases/" + r.id;
      a.textContent = L.lOpen;
      const hidden = document.createElement("span");
      hidden.className = "visually-hidden";
      hidden.textContent = " #" + r.id;
      a.appendChild(hidden);
      cell(tr, a);
      frag.appendChild(tr);
    });
    if (!rows.length) {
      const tr = document.createElement("tr");
      tr.className = "empty";
      const td = cell(tr, L.lEmpty);
      td.colSpan = 7;
      frag.appendChild(tr);
    }
    // Keep keyboard focus on the same case across a refresh.
    const focused = document.activeElement && document.activeElement.closest && document.activeElement.closest("tr[data-id]");
    const focusId = focused ? focused.dataset.id : null;
    tbody.replaceChildren(frag);
    if (focusId) {
      const again = tbody.querySelector('tr[data-id="' + focusId + '"] a');
      if (again) again.focus();
    }
    window.hotlineConsole.lastRender = Date.now();
  }

  let inflight = null, again = false;
  async function refresh() {
    if (inflight) { again = true; return inflight; }
    inflight = (async function () {
      try {
        const resp = await fetch("/console/queue.json", {
          headers: { "Accept": "application/json", "X-Console-Background": "1" }, credentials: "same-origin" });
        if (resp.status === 401) { window.location.assign("/console/login"); return; }
        if (!resp.ok) return;
        const data = await resp.json();
        renderQueue(data.rows);
        showAlert(data.rows);
      } catch (_) { /* the next event or the periodic refresh retries */ }
    })();
    await inflight;
    inflight = null;
    if (again) { again = false; refresh(); }
  }
  window.hotlineConsole.refresh = refresh;

  if (body.dataset.page && body.dataset.page !== "login") {
    const live = document.getElementById("live");
    const source = new EventSource("/console/events");
    // The server ends each stream after a few seconds and the browser reconnects at once;
    // say "reconnecting" only when that takes a while.
    let offTimer = null;
    source.addEventListener("open", function () {
      clearTimeout(offTimer);
      if (live) live.textContent = live.dataset.on;
      refresh();
    });
    source.addEventListener("error", function () {
      clearTimeout(offTimer);
      offTimer = setTimeout(function () { if (live) live.textContent = live.dataset.off; }, 2000);
    });
    source.addEventListener("handoff", function () { window.hotlineConsole.events += 1; refresh(); });
    refresh();
    setInterval(refresh, 30000); // belt and braces if an event is lost
    setInterval(tickWaiting, 1000);
  }
})();
