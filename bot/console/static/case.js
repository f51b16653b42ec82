// Conversation view: new messages appear without a reload; a live counter (characters, SMS
// segments, how many messages a long reply goes out as); canned responses found by code and
// inserted where the cursor is; Ctrl/Cmd+Enter sends; the draft survives a reload of this tab.
// When the person erases the conversation, the page says so and clears what was on screen.
(function () {
  "use strict";
  const HC = window.hotlineConsole || {};
  const head = document.getElementById("top");
  if (!head) return;
  const handoffId = head.dataset.handoff;
  const list = document.getElementById("transcript");
  const form = document.getElementById("reply");
  const box = document.getElementById("reply-text");
  const counter = document.getElementById("reply-counter");
  const draftKey = HC.draftKey ? HC.draftKey(handoffId) : "hotline-draft::" + handoffId;
  const state = HC.case = { polls: 0, erased: false, stopped: false };
  let timer = null;

  function store(value) {
    try {
      if (value) sessionStorage.setItem(draftKey, value); else sessionStorage.removeItem(draftKey);
    } catch (_) { /* storage disabled: no draft kept */ }
  }

  // ---------------------------------------------------------------- counter
  function sms(text) {
    const gsm = counter.dataset.gsm7 || "", ext = counter.dataset.gsm7Ext || "";
    let units = 0, gsm7 = true;
    for (const ch of text) {
      if (ext.indexOf(ch) >= 0) units += 2;
      else if (gsm.indexOf(ch) >= 0) units += 1;
      else { gsm7 = false; break; }
    }
    if (!gsm7) units = Array.from(text).reduce(function (n, ch) { return n + (ch.codePointAt(0) > 0xFFFF ? 2 : 1); }, 0);
    const single = gsm7 ? 160 : 70, part = gsm7 ? 153 : 67;
    return { segments: units <= single ? 1 : Math.ceil(units / part), encoding: gsm7 ? "GSM-7" : counter.dataset.lUnicode };
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, k) { return k in values ? values[k] : m; });
  }

  function count() {
    if (!counter || !box) return;
    const D = counter.dataset;
    const text = box.value.trim();
    const n = Array.from(text).length, limit = Number(D.limit), max = Number(D.max);
    const parts = [fill(D.lChars, { n: n.toLocaleString() })];
    if (D.channel === "sms" && n) {
      const s = sms(text);
      parts.push(fill(D.lSms, { segments: s.segments, encoding: s.encoding }));
    }
    if (n > max) {
      parts.push(fill(D.lTooLong, { over: (n - max).toLocaleString(), max: max.toLocaleString() }));
    } else if (n > limit) {
      parts.push(fill(D.lParts, { parts: Math.ceil(n / (limit - 6)), limit: limit.toLocaleString() }));
    }
    counter.textContent = parts.join(" · ");
    counter.classList.toggle("over", n > max);
    box.setAttribute("aria-invalid", n > max ? "true" : "false");
    state.count = n;
  }

  if (form && box) {
    try {
      const saved = sessionStorage.getItem(draftKey);
      if (!box.value && saved) box.value = saved;
    } catch (_) { /* no storage */ }
    box.addEventListener("input", function () { store(box.value); count(); });
    box.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); form.requestSubmit(); }
    });
    // Sent (or refused: the server then puts the text back in the box, and typing keeps it again).
    form.addEventListener("submit", function () { store(""); });
    count();
  }
  document.querySelectorAll("#close-form, #close-confirm form").forEach(function (f) {
    f.addEventListener("submit", function () { store(""); });
  });

  // ---------------------------------------------------------------- WhatsApp window
  // The 24-hour window counts down; when it closes, the composer switches to template mode.
  const win = document.getElementById("whatsapp-window");
  if (win && win.dataset.ends) {
    const ends = Date.parse(win.dataset.ends);
    const tick = function () {
      const left = Math.max(0, Math.floor((ends - Date.now()) / 1000));
      document.getElementById("window-left").textContent =
        Math.floor(left / 3600) + " h " + String(Math.floor(left % 3600 / 60)).padStart(2, "0") + " min";
      if (left > 0) return;
      document.getElementById("window-open").hidden = true;
      document.getElementById("window-closed").hidden = false;
      const send = document.getElementById("send");
      if (send) send.textContent = win.dataset.lTemplate;
      clearInterval(windowTimer);
    };
    const windowTimer = setInterval(tick, 15000);
    tick();
  }

  // ---------------------------------------------------------------- canned responses
  const search = document.getElementById("canned-search");
  const insertButton = document.getElementById("canned-insert");
  const cannedList = document.getElementById("canned-list");

  function insert(code) {
    if (!cannedList || !box) return false;
    const item = Array.from(cannedList.querySelectorAll("li[data-code]")).find(function (li) {
      return li.dataset.code === code.trim().toLowerCase();
    });
    if (!item) return false;
    const text = item.querySelector(".text").textContent;
    if (search) search.value = "";  // before the focus moves: its change event must find nothing
    box.focus();
    box.setRangeText(text, box.selectionStart, box.selectionEnd, "end");
    box.dispatchEvent(new Event("input", { bubbles: true }));
    return true;
  }
  if (search) {
    search.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") { ev.preventDefault(); insert(search.value); }
    });
    search.addEventListener("change", function () { insert(search.value); });
  }
  if (insertButton && search) insertButton.addEventListener("click", function () { insert(search.value); });

  // ---------------------------------------------------------------- erased
  function erased() {
    if (state.erased) return;
    state.erased = true;
    stop();
    store("");
    // Nothing of the conversation stays on screen: transcript, summary quotes, notes, reply box.
    const main = document.getElementById("main");
    Array.from(main.children).forEach(function (el) {
      if (el.id !== "top" && el.id !== "erased") el.remove();
    });
    head.querySelectorAll(".meta").forEach(function (el) { el.remove(); });
    const notice = document.getElementById("erased");
    notice.hidden = false;
    notice.setAttribute("tabindex", "-1");
    notice.focus();
  }
  document.addEventListener("hotline:handoff", function (ev) {
    const d = ev.detail || {};
    if (String(d.handoff_id) === String(handoffId) && d.change === "erased") erased();
  });

  // ---------------------------------------------------------------- transcript
  if (!list) return;
  list.scrollTop = list.scrollHeight;
  const labels = { person: list.dataset.lPerson, bot: list.dataset.lBot, operator: list.dataset.lOperator };

  function stop() {
    state.stopped = true;
    if (timer) clearInterval(timer);
    timer = null;
  }

  function lastId() {
    const items = list.querySelectorAll("li[data-id]");
    return items.length ? Number(items[items.length - 1].dataset.id) : 0;
  }

  async function poll() {
    if (state.stopped) return;
    state.polls += 1;
    try {
      const seen = document.visibilityState === "visible" ? "?seen=1" : "";
      const resp = await fetch("/console/cases/" + handoffId + "/transcript.json" + seen, {
        headers: { "Accept": "application/json" }, credentials: "same-origin" });
      if (resp.status === 401) { window.location.assign("/console/login"); return; }
      if (resp.status === 410) { erased(); return; }
      if (resp.status === 404) { stop(); return; }
      if (!resp.ok) return;
      const data = await resp.json();
      const after = lastId();
      data.lines.filter(function (m) { return m.id > after; }).forEach(function (m) {
        const li = document.createElement("li");
        li.className = "msg " + m.author;
        li.dataset.id = m.id;
        const who = document.createElement("span");
        who.className = "who";
        who.textContent = labels[m.author] || m.author;
        const t = document.createElement("time");
        t.className = "local";
        t.dataset.fmt = "time";
        t.setAttribute("datetime", m.at);
        t.textContent = m.at.slice(11, 19);
        const p = document.createElement("p");
        p.className = "text";
        p.textContent = m.text;
        li.append(who, " ", t, p);
        list.appendChild(li);
        if (HC.localize) HC.localize(li);
        list.scrollTop = list.scrollHeight;
      });
    } catch (_) { /* retried on the next tick */ }
  }
  timer = setInterval(poll, 2000);
})();
