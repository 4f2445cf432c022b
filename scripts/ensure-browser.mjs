// Makes sure a Chromium for the browser tests is present. Playwright cannot download its own browser
// on machines without general network access, so Debian's package is used (apt-get, as root).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (root && existsSync('/usr/bin/apt-get')) {
  console.log("Chromium not found: installing Debian's chromium package (about 30 s)...");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  if (existsSync(path)) process.exit(0);
}
console.error(
  `No Chromium at ${path}. Install it (Debian/Ubuntu: sudo apt-get install chromium), or set CHROMIUM_PATH to a ` +
    `Chromium or Chrome binary.`,
);
process.exit(1);
