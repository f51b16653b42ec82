// Operator console, on every page: live queue over server-sent events; alerts that cannot be
// missed (an unclaimed immediate case sounds again and again and badges the tab's title until
// someone claims it, priority cases get one softer sound, desktop notifications where the
// operator allows them); times in the operator's time zone; keyboard shortcuts; reply drafts
// never outlive the sign-in. Everything from the server is inserted with textContent.
(function () {
  "use strict";
  const body = document.body;
  const csrf = body.dataset.csrf || "";
  const L = body.dataset;
  // firstSeen: when each case first appeared on this page (the browser tests read it).
  const HC = window.hotlineConsole = {
    csrf: csrf, beeps: 0, softBeeps: 0, notified: 0, events: 0, lastRender: 0, firstSeen: {}, urgent: 0,
  };

  // ---------------------------------------------------------------- drafts
  // Reply drafts live in this tab's sessionStorage only, and go when the operator signs out or
  // reaches the sign-in page (signed out, or the session ended): nobody signing in after them
  // in this tab finds their words.
  const DRAFT_PREFIX = "hotline-draft:";
  function clearDrafts() {
    try {
      for (let i = sessionStorage.length - 1; i >= 0; i--) {
        const k = sessionStorage.key(i);
        if (k && k.indexOf(DRAFT_PREFIX) === 0) sessionStorage.removeItem(k);
      }
    } catch (_) { /* storage disabled: there are no drafts either */ }
  }
  HC.clearDrafts = clearDrafts;
  HC.draftKey = function (handoffId) { return DRAFT_PREFIX + (L.operator || "") + ":" + handoffId; };
  if (L.page === "login") clearDrafts();
  const logout = document.getElementById("logout-form");
  if (logout) logout.addEventListener("submit", clearDrafts);

  // ---------------------------------------------------------------- local times
  const uiLang = document.documentElement.lang || undefined;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const FORMATS = {
    datetime: new Intl.DateTimeFormat(uiLang, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit",
                                                minute: "2-digit", hourCycle: "h23", timeZoneName: "short" }),
    time: new Intl.DateTimeFormat(uiLang, { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }),
  };
  function localize(root) {
    (root || document).querySelectorAll("time.local").forEach(function (t) {
      const d = new Date(t.getAttribute("datetime"));
      if (isNaN(d.getTime())) return;
      t.textContent = (FORMATS[t.dataset.fmt] || FORMATS.datetime).format(d);
      t.title = zone;
    });
  }
  HC.localize = localize;
  HC.timeZone = zone;
  localize();

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

  // ---------------------------------------------------------------- sound
  let audioCtx = null;
  function tone(freq, type, volume, offsets, length) {
    try {
      const Ctx = window.AudioContext || window.webkitAudioContext;
      if (!Ctx) return;
      audioCtx = audioCtx || new Ctx();
      if (audioCtx.state === "suspended") audioCtx.resume();
      offsets.forEach(function (offset) {
        const osc = audioCtx.createOscillator(), gain = audioCtx.createGain();
        osc.type = type;
        osc.frequency.value = freq;
        gain.gain.setValueAtTime(volume, audioCtx.currentTime + offset);
        gain.gain.exponentialRampToValueAtTime(0.0001, audioCtx.currentTime + offset + length);
        osc.connect(gain).connect(audioCtx.destination);
        osc.start(audioCtx.currentTime + offset);
        osc.stop(audioCtx.currentTime + offset + length + 0.01);
      });
    } catch (_) { /* sound is a bonus: the banner and the title are the alert */ }
  }
  function loud() { HC.beeps += 1; tone(880, "square", 0.15, [0, 0.3, 0.6], 0.25); }
  function soft() { HC.softBeeps += 1; tone(660, "sine", 0.08, [0], 0.4); }
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

  // ---------------------------------------------------------------- desktop notifications
  const notifyButton = document.getElementById("notify-toggle");
  function canNotify() { return "Notification" in window && Notification.permission === "granted"; }
  function showNotifyButton() {
    if (!notifyButton) return;
    notifyButton.hidden = !("Notification" in window) || Notification.permission !== "default";
  }
  if (notifyButton) {
    notifyButton.addEventListener("click", function () {
      Notification.requestPermission().then(showNotifyButton, showNotifyButton);
    });
    showNotifyButton();
  }
  function notify(row, immediate) {
    if (!canNotify()) return;
    try {
      // Nothing about the person: the level and the case number only.
      const n = new Notification(immediate ? L.lNotifyImmediate : L.lNotifyPriority, {
        body: (L.lNotifyBody || "").replace("%(id)s", row.id), tag: "hotline-case-" + row.id,
        requireInteraction: immediate });
      n.onclick = function () { window.focus(); window.location.assign("/console/cases/" + row.id); };
      HC.notified += 1;
    } catch (_) { /* some browsers allow notifications only from a service worker */ }
  }

  // ---------------------------------------------------------------- alerts
  const baseTitle = document.title;
  const repeatMs = Math.max(2, Number(L.alertRepeat) || 10) * 1000;
  const announced = new Set();
  let loudTimer = null;

  function updateAlerts(rows) {
    const immediate = rows.filter(function (r) { return r.risk_level === "immediate" && !r.claimed_by; });
    const priority = rows.filter(function (r) { return r.risk_level === "priority" && !r.claimed_by; });
    HC.urgent = immediate.length;
    const banner = document.getElementById("alert");
    if (banner) {
      banner.hidden = !immediate.length;
      const link = document.getElementById("alert-link");
      if (link && immediate.length) link.setAttribute("href", "/console/cases/" + immediate[0].id);
    }
    const softBanner = document.getElementById("alert-priority");
    if (softBanner) {
      softBanner.hidden = !priority.length || immediate.length > 0;
      const count = document.getElementById("alert-priority-count");
      if (count) count.textContent = String(priority.length);
      const link = document.getElementById("alert-priority-link");
      if (link && priority.length) link.setAttribute("href", "/console/cases/" + priority[0].id);
    }
    const waiting = immediate.length + priority.length;
    document.title = (immediate.length ? "⚠ (" + waiting + ") " + L.lImmediateTitle + " · " :
                      waiting ? "(" + waiting + ") " : "") + baseTitle;

    let freshImmediate = false, freshPriority = false;
    immediate.forEach(function (r) {
      if (!announced.has("i" + r.id)) { announced.add("i" + r.id); freshImmediate = true; notify(r, true); }
    });
    priority.forEach(function (r) {
      if (!announced.has("p" + r.id)) { announced.add("p" + r.id); freshPriority = true; notify(r, false); }
    });
    // Loud and repeated until claimed, on consoles opened after the case arrived too.
    if (immediate.length && !loudTimer) {
      loud();
      loudTimer = setInterval(loud, repeatMs);
    } else if (immediate.length && freshImmediate) {
      loud();
    } else if (!immediate.length && loudTimer) {
      clearInterval(loudTimer);
      loudTimer = null;
    }
    if (freshPriority && !immediate.length) soft();
    HC.alerting = Boolean(loudTimer);
  }

  // ---------------------------------------------------------------- queue
  const table = document.getElementById("queue");
  const tbody = document.getElementById("queue-body");

  function cell(tr, content, label) {
    const td = document.createElement("td");
    if (content instanceof Node) td.appendChild(content); else td.textContent = content;
    if (label) td.dataset.label = label;
    tr.appendChild(td);
    return td;
  }

  function renderQueue(rows) {
    if (!tbody) return;
    const T = table.dataset;
    const known = new Set(Array.from(tbody.querySelectorAll("tr[data-id]")).map(function (tr) { return tr.dataset.id; }));
    const frag = document.createDocumentFragment();
    rows.forEach(function (r) {
      const tr = document.createElement("tr");
      tr.className = "risk-" + r.risk_level + (r.unread ? " unread" : "") + (known.has(String(r.id)) ? "" : " fresh");
      tr.dataset.id = r.id;
      tr.dataset.risk = r.risk_level;
      tr.dataset.claimed = r.claimed_by ? "1" : "0";
      tr.dataset.unread = r.unread ? "1" : "0";
      if (!(r.id in HC.firstSeen)) HC.firstSeen[r.id] = Date.now();
      const badge = document.createElement("span");
      badge.className = "badge risk-" + r.risk_level;
      badge.textContent = T["l" + r.risk_level.charAt(0).toUpperCase() + r.risk_level.slice(1)] || r.risk_level;
      cell(tr, badge, T.lRisk);
      let wait;
      if (r.waiting_since) {
        wait = document.createElement("time");
        wait.className = "waiting";
        wait.setAttribute("datetime", r.waiting_since);
        wait.textContent = fmtWait(r.waiting_seconds);
      } else {
        wait = document.createElement("span");
        wait.className = "answered";
        wait.textContent = T.lAnswered;
      }
      cell(tr, wait, T.lWaiting);
      const lang = cell(tr, r.language_name, T.lLanguage);
      if (!r.reads_language) {
        const w = document.createElement("span");
        w.className = "warn";
        w.textContent = " ⚠ " + T.lNoread;
        lang.appendChild(w);
      }
      cell(tr, r.channel_label, T.lChannel);
      cell(tr, r.reason, T.lReason);
      const st = cell(tr, r.claimed_by ? T.lClaimed + " " + (r.mine ? T.lYou : r.claimed_by) : T.lUnclaimed, T.lStatus);
      if (r.unread) {
        const u = document.createElement("span");
        u.className = "badge unread";
        u.textContent = T.lUnread;
        st.append(" ", u);
      }
      const a = document.createElement("a");
      a.className = "button";
      a.href = "/console/cases/" + r.id;
      a.textContent = T.lOpen;
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
      const td = cell(tr, T.lEmpty);
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
    HC.lastRender = Date.now();
  }

  let inflight = null, again = false;
  async function refresh() {
    if (inflight) { again = true; return inflight; }
    inflight = (async function () {
      try {
        const resp = await fetch("/console/queue.json", {
          headers: { "Accept": "application/json" }, credentials: "same-origin" });
        if (resp.status === 401) { window.location.assign("/console/login"); return; }
        if (!resp.ok) return;
        const data = await resp.json();
        renderQueue(data.rows);
        updateAlerts(data.rows);
      } catch (_) { /* the next event or the periodic refresh retries */ }
    })();
    await inflight;
    inflight = null;
    if (again) { again = false; refresh(); }
  }
  HC.refresh = refresh;

  if (L.live === "1") {
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
    source.addEventListener("handoff", function (ev) {
      HC.events += 1;
      let data = {};
      try { data = JSON.parse(ev.data); } catch (_) { /* keep {} */ }
      document.dispatchEvent(new CustomEvent("hotline:handoff", { detail: data }));
      refresh();
    });
    refresh();
    setInterval(refresh, 30000); // belt and braces if an event is lost
    setInterval(tickWaiting, 1000);
  }

  // ---------------------------------------------------------------- keyboard
  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.defaultPrevented) return;
    const t = ev.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    const click = function (id) { const el = document.getElementById(id); if (el) { ev.preventDefault(); el.click(); } };
    if (ev.key === "n") click("help-next");
    else if (ev.key === "c") click("claim");
    else if (ev.key === "r") {
      const box = document.getElementById("reply-text");
      if (box) { ev.preventDefault(); box.focus(); }
    } else if (ev.key === "q" && L.live === "1") { ev.preventDefault(); window.location.assign("/console/queue"); }
    else if (ev.key === "?") {
      const help = document.getElementById("shortcuts");
      if (help) { ev.preventDefault(); help.open = !help.open; if (help.open) help.scrollIntoView({ block: "nearest" }); }
    }
  });
})();
