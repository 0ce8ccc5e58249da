/**
 * Runs before `npm test`: the browser tests need a Chromium. Uses CHROMIUM_PATH or Debian's
 * /usr/bin/chromium; on a Debian machine where we are root, installs it; otherwise says what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function main(): number {
  const wanted = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(wanted)) return 0;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env.CHROMIUM_PATH;
  if (!canInstall) {
    console.error(
      `The browser tests need Chromium, and there is none at ${wanted}.\n` +
        'Install it (Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium),\n' +
        'or point CHROMIUM_PATH at any Chromium or Chrome binary, then run npm test again.',
    );
    return 1;
  }
  console.log('Installing Debian’s chromium for the browser tests (once)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  return 0;
}

process.exitCode = main();
