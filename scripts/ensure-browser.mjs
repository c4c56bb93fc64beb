// Makes sure a Chromium exists for the e2e tests: Debian's package when apt is there, otherwise one clear command.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const has = (command) => {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};

if (!existsSync(chromiumPath)) {
  const isRoot = process.getuid?.() === 0;
  if (has('apt-get') && isRoot) {
    console.log('No Chromium found: installing Debian chromium and CJK fonts (about 30 s)…');
    execSync('apt-get update -qq', { stdio: 'inherit' });
    execSync(
      'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk',
      { stdio: 'inherit', shell: '/bin/sh' },
    );
  } else {
    console.error(
      `No Chromium at ${chromiumPath}. Install one, e.g. "sudo apt-get install chromium fonts-noto-cjk", ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
    process.exit(1);
  }
}
