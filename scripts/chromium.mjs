// Finds the Chromium the browser tests drive: $CHROMIUM_PATH, then Debian's /usr/bin/chromium.
// As root on Debian it installs Chromium and the Arabic fonts with apt-get when missing; it never
// downloads a browser of its own.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const DEBIAN_PATH = '/usr/bin/chromium';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path of a usable Chromium, installing Debian's when allowed; exits with one sentence otherwise. */
export function findChromium() {
  const given = process.env.CHROMIUM_PATH;
  if (given) {
    if (executable(given)) return given;
    fail(`CHROMIUM_PATH is set to ${given}, which is not an executable file.`);
  }
  if (executable(DEBIAN_PATH)) return DEBIAN_PATH;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && executable('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing chromium and fonts-noto-core with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-core'], { stdio: 'inherit', env });
    if (executable(DEBIAN_PATH)) return DEBIAN_PATH;
  }
  fail('No Chromium found: install it (on Debian or Ubuntu: sudo apt-get install chromium fonts-noto-core) or set CHROMIUM_PATH to a Chromium or Chrome executable.');
}

function fail(sentence) {
  console.error(sentence);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(findChromium());
