// The browser end of the live channel (/hubs/live).
// - keeps one SignalR connection, reconnecting with capped exponential backoff for as long as the page is open;
// - subscribes to every topic named by a data-live-topic attribute on the page (also in content htmx swaps in);
// - turns each pushed event into a DOM event "live:<name>" on document.body, so htmx elements can refresh with
//   hx-trigger="live:message-status from:body", and into entries of data-live-feed lists and toasts;
// - once subscribed, fires "live:resync" on the elements showing that topic, so they can reload what they missed.
(() => {
  "use strict";
  if (!window.signalR || !document.querySelector("[data-live-status]")) return;

  const topics = new Set();
  const statusEl = document.querySelector("[data-live-status]");
  const statusText = document.querySelector("[data-live-status-text]");
  const backoff = (attempt) => Math.min(30000, 1000 * 2 ** attempt) + Math.floor(Math.random() * 500);

  const connection = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/live")
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => backoff(ctx.previousRetryCount) })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  // Connections the server ended soon after they opened (e.g. the user was signed out by an admin): each one
  // waits longer before the next try, instead of reconnecting every second.
  let shortLived = 0;
  let openedAt = 0;

  function setStatus(state, text) {
    statusEl.dataset.liveState = state;
    statusEl.classList.remove("text-success", "text-warning", "text-danger", "text-secondary");
    statusEl.classList.add({ connected: "text-success", reconnecting: "text-warning", offline: "text-danger" }[state] || "text-secondary");
    if (statusText) statusText.textContent = text;
  }

  async function subscribe(topic) {
    if (connection.state !== signalR.HubConnectionState.Connected) return;
    const accepted = await connection.invoke("Subscribe", topic).catch(() => false);
    if (!accepted) {
      console.warn(`live: subscription to "${topic}" was refused`);
      return;
    }
    // Events published between the page's render and this subscription (or while reconnecting) were missed:
    // elements showing this topic reload once now ("live:resync" in their hx-trigger).
    document.querySelectorAll("[data-live-topic]").forEach((el) => {
      if (!el.dataset.liveTopic.split(/\s+/).includes(topic)) return;
      el.dataset.liveSubscribed = "true";
      el.dispatchEvent(new CustomEvent("live:resync"));
    });
  }

  function collectTopics(root) {
    root.querySelectorAll("[data-live-topic]").forEach((el) => {
      for (const topic of el.dataset.liveTopic.split(/\s+/).filter(Boolean)) {
        if (!topics.has(topic)) {
          topics.add(topic);
          subscribe(topic);
        }
      }
    });
  }

  function appendToFeeds(event) {
    document.querySelectorAll(`[data-live-feed="${CSS.escape(event.topic)}"]`).forEach((feed) => {
      feed.querySelector("[data-live-feed-empty]")?.remove();
      const item = document.createElement("li");
      item.className = "list-group-item small live-new";
      item.dataset.liveEvent = event.name;
      const when = new Date(event.at).toLocaleTimeString();
      const text = event.data?.text ?? event.name;
      item.innerHTML = `<span class="text-secondary me-2"></span><span></span>`;
      item.children[0].textContent = when;
      item.children[1].textContent = text;
      feed.prepend(item);
      while (feed.children.length > 50) feed.lastElementChild.remove();
    });
  }

  function showToast(event) {
    const container = document.querySelector("[data-live-toasts]");
    if (!container || !window.bootstrap) return;
    const toast = document.createElement("div");
    toast.className = "toast";
    toast.setAttribute("role", "status");
    toast.innerHTML = `<div class="toast-header"><strong class="me-auto"></strong><button type="button" class="btn-close" data-bs-dismiss="toast" aria-label="Close"></button></div><div class="toast-body"></div>`;
    toast.querySelector("strong").textContent = event.data?.title ?? "Notice";
    toast.querySelector(".toast-body").textContent = event.data?.text ?? "";
    container.append(toast);
    toast.addEventListener("hidden.bs.toast", () => toast.remove());
    new bootstrap.Toast(toast, { delay: 8000 }).show();
  }

  connection.on("Event", (event) => {
    if (event.name === "toast") showToast(event);
    appendToFeeds(event);
    document.body.dispatchEvent(new CustomEvent(`live:${event.name}`, { detail: event, bubbles: true }));
  });

  connection.onreconnecting(() => setStatus("reconnecting", "Reconnecting…"));
  // A reconnection is a new connection: its group memberships are gone, so subscribe again.
  connection.onreconnected(() => {
    openedAt = Date.now();
    setStatus("connected", "Updates on");
    topics.forEach(subscribe);
  });
  // Automatic reconnect gives up only if the policy says so; start over from scratch if it ever does.
  connection.onclose(() => {
    setStatus("offline", "Offline");
    shortLived = Date.now() - openedAt < 10000 ? shortLived + 1 : 0;
    setTimeout(() => start(0), shortLived === 0 ? 0 : backoff(shortLived));
  });

  async function start(attempt) {
    try {
      await connection.start();
      openedAt = Date.now();
      setStatus("connected", "Updates on");
      topics.forEach(subscribe);
      collectTopics(document);
    } catch {
      setStatus("offline", "Offline");
      setTimeout(() => start(attempt + 1), backoff(attempt));
    }
  }

  document.body.addEventListener("htmx:afterSwap", (e) => collectTopics(e.target));
  window.crmLive = { connection, subscribe: (topic) => { topics.add(topic); return subscribe(topic); } };
  start(0);
})();
