// The inbox's chime for a new text, and the person's choice to hear it, remembered in this browser.
// A module file (not inline script): the CSP allows scripts from the app itself only.
const key = "crm.conversations.sound";

export function isOn() {
  try {
    return localStorage.getItem(key) !== "off";
  } catch {
    return true;
  }
}

export function setOn(on) {
  try {
    localStorage.setItem(key, on ? "on" : "off");
  } catch {
    // Storage refused (private mode): the choice holds for this page only.
  }
}

let context;

// A short two-tone chime made in the browser, so no sound file is fetched.
export function play() {
  if (!isOn()) return false;
  try {
    context ??= new AudioContext();
    if (context.state === "suspended") context.resume();
    const now = context.currentTime;
    [880, 1320].forEach((frequency, i) => {
      const tone = context.createOscillator();
      const volume = context.createGain();
      tone.frequency.value = frequency;
      volume.gain.setValueAtTime(0.0001, now + i * 0.12);
      volume.gain.exponentialRampToValueAtTime(0.15, now + i * 0.12 + 0.02);
      volume.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.12 + 0.25);
      tone.connect(volume).connect(context.destination);
      tone.start(now + i * 0.12);
      tone.stop(now + i * 0.12 + 0.3);
    });
    document.documentElement.dataset.conversationChimes = String(Number(document.documentElement.dataset.conversationChimes ?? 0) + 1);
    return true;
  } catch {
    return false;
  }
}
