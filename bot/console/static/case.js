// Conversation view: new messages appear without a reload; canned responses fill the reply box.
(function () {
  "use strict";
  const list = document.getElementById("transcript");
  const canned = document.getElementById("canned");
  const text = document.getElementById("reply-text");

  if (canned && text) {
    canned.addEventListener("change", function () {
      const opt = canned.selectedOptions[0];
      if (opt && opt.dataset.text) { text.value = opt.dataset.text; text.focus(); }
    });
  }
  // WhatsApp: the 24-hour window counts down; when it closes, the composer switches to template mode.
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
      clearInterval(timer);
    };
    const timer = setInterval(tick, 15000);
    tick();
  }
  if (!list) return;
  list.scrollTop = list.scrollHeight;
  const labels = { person: list.dataset.lPerson, bot: list.dataset.lBot, operator: list.dataset.lOperator };

  function lastId() {
    const items = list.querySelectorAll("li[data-id]");
    return items.length ? Number(items[items.length - 1].dataset.id) : 0;
  }

  async function poll() {
    try {
      const resp = await fetch("/console/cases/" + list.dataset.handoff + "/transcript.json", {
        headers: { "Accept": "application/json", "X-Console-Background": "1" }, credentials: "same-origin" });
      if (resp.status === 401) { window.location.assign("/console/login"); return; }
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
        t.setAttribute("datetime", m.at);
        t.textContent = m.at.slice(11, 19);
        const p = document.createElement("p");
        p.className = "text";
        p.textContent = m.text;
        li.append(who, " ", t, p);
        list.appendChild(li);
        list.scrollTop = list.scrollHeight;
      });
    } catch (_) { /* retried on the next tick */ }
  }
  setInterval(poll, 2000);
})();
