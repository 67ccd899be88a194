// Copies what the app serves from node_modules and src/ into CrmTelnyx/wwwroot.
// The app's build runs this (after `npm ci`) when wwwroot/lib is missing; run `npm run copy` by hand after an upgrade.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const webRoot = join(here, "..", "CrmTelnyx", "wwwroot");
const lib = join(webRoot, "lib");

const files = {
  "htmx.org/dist/htmx.min.js": "htmx/htmx.min.js",
  "@microsoft/signalr/dist/browser/signalr.min.js": "signalr/signalr.min.js",
  "bootstrap/dist/css/bootstrap.min.css": "bootstrap/css/bootstrap.min.css",
  "bootstrap/dist/js/bootstrap.bundle.min.js": "bootstrap/js/bootstrap.bundle.min.js",
  "bootstrap-icons/font/bootstrap-icons.min.css": "bootstrap-icons/bootstrap-icons.min.css",
  "bootstrap-icons/font/fonts": "bootstrap-icons/fonts",
  "chart.js/dist/chart.umd.min.js": "chart.js/chart.umd.min.js",
};

rmSync(lib, { recursive: true, force: true });
for (const [from, to] of Object.entries(files)) {
  const target = join(lib, to);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(here, "node_modules", from), target, { recursive: true });
}
cpSync(join(here, "src"), webRoot, { recursive: true });
console.log(`front-end assets copied to ${webRoot}`);
