// Web phone simulator. Text is inserted with textContent, never as HTML.
(function () {
  const thread = document.getElementById("thread");
  const form = document.getElementById("composer");
  const text = document.getElementById("text");
  const sender = document.getElementById("sender");
  const channel = document.getElementById("channel");
  const bar = document.querySelector(".bar");

  // Off loopback the channel needs the simulator token: open the page as /simulator#token=…
  // (a fragment never reaches the server or its logs); it is kept for this tab only.
  const fromHash = new URLSearchParams(location.hash.slice(1)).get("token");
  if (fromHash) {
    sessionStorage.setItem("sim-token", fromHash);
    history.replaceState(null, "", location.pathname);
  }
  const token = sessionStorage.getItem("sim-token");

  // The tab keeps its sender, channel and thread across a reload (sessionStorage: this tab
  // only), so it goes on polling the same conversation and the operator's replies still arrive.
  sender.value = sessionStorage.getItem("sim-sender") || "sim-" + Math.random().toString(36).slice(2, 10);
  sessionStorage.setItem("sim-sender", sender.value);
  channel.value = sessionStorage.getItem("sim-channel") || channel.value;
  bar.classList.toggle("sms", channel.value === "sms");
  const MAX_KEPT = 200;
  let kept = [];
  try { kept = JSON.parse(sessionStorage.getItem("sim-thread") || "[]"); } catch (_) { kept = []; }

  function show(kind, body) {
    const li = document.createElement("li");
    li.className = kind;
    li.textContent = body;
    thread.appendChild(li);
    thread.scrollTop = thread.scrollHeight;
  }

  function add(kind, body) {
    show(kind, body);
    kept = kept.concat([[kind, body]]).slice(-MAX_KEPT);
    sessionStorage.setItem("sim-thread", JSON.stringify(kept));
  }

  kept.forEach((item) => show(item[0], item[1]));

  function remember() {
    const value = sender.value.trim();
    if (value && value !== sessionStorage.getItem("sim-sender")) {
      // Another sender is another conversation: its thread starts empty.
      sessionStorage.setItem("sim-sender", value);
      kept = [];
      sessionStorage.setItem("sim-thread", "[]");
      thread.replaceChildren();
    }
  }
  sender.addEventListener("input", remember);
  sender.addEventListener("change", remember);

  function showReplies(replies) {
    for (const r of replies || []) add("bot", r.text);
  }

  async function post(path, payload) {
    const resp = await fetch(path, {
      method: "POST",
      headers: Object.assign({ "Content-Type": "application/json" },
                             token ? { Authorization: "Bearer " + token } : {}),
      body: JSON.stringify(payload),
    });
    const body = await resp.json().catch(() => ({}));
    if (!resp.ok) throw new Error(body.error || "error " + resp.status);
    return body;
  }

  channel.addEventListener("change", () => {
    bar.classList.toggle("sms", channel.value === "sms");
    sessionStorage.setItem("sim-channel", channel.value);
  });

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const body = text.value;
    if (!body.trim()) return;
    add("me", body);
    text.value = "";
    try {
      remember();
      const res = await post("/channels/simulator", { from: sender.value.trim(), text: body, channel: channel.value });
      showReplies(res.replies);
    } catch (err) {
      add("meta", String(err.message));
    }
  });

  text.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); form.requestSubmit(); }
  });

  // Operator replies arrive between the person's messages.
  setInterval(async () => {
    try {
      const res = await post("/channels/simulator/poll", { from: sessionStorage.getItem("sim-sender"), channel: channel.value });
      showReplies(res.replies);
    } catch (_) { /* next poll retries */ }
  }, 1500);
})();
