// Copies what the app serves from node_modules and src/ into CrmTelnyx/wwwroot.
// The app's build runs this (after `npm ci`) when wwwroot/lib is missing; run `npm run copy` by hand after an upgrade.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const webRoot = join(here, "..", "CrmTelnyx", "wwwroot");
const lib = join(webRoot, "lib");

// package path → path under wwwroot/lib, for each npm package the app serves (e.g. "@telnyx/webrtc/lib/bundle.js").
const files = {};

rmSync(lib, { recursive: true, force: true });
// lib/ exists even with no packages: the build copies again only when it is missing.
mkdirSync(lib, { recursive: true });
for (const [from, to] of Object.entries(files)) {
  const target = join(lib, to);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(here, "node_modules", from), target, { recursive: true });
}
cpSync(join(here, "src"), webRoot, { recursive: true });
console.log(`front-end assets copied to ${webRoot}`);
