// Small form checks the browser can make before a long upload: a file over the server's limit is refused
// with a sentence instead of the server's bare "413 Request Entity Too Large" after the whole upload.
(() => {
  "use strict";
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
  document.addEventListener("change", (e) => {
    const input = e.target;
    if (!(input instanceof HTMLInputElement) || input.type !== "file" || !input.dataset.maxBytes) return;
    const max = Number(input.dataset.maxBytes);
    const file = input.files && input.files[0];
    input.setCustomValidity(file && file.size > max ? `The file is ${mb(file.size)} MB; files up to ${mb(max)} MB can be imported. Split it into smaller files.` : "");
    input.reportValidity();
  });
})();
