import { accessSync, constants } from 'node:fs';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The machine's own Chromium or Chrome: CHROME_PATH first, then the usual install paths. */
export function findChrome(env: NodeJS.ProcessEnv = process.env, candidates = USUAL_PATHS): string {
  const configured = env['CHROME_PATH'];
  if (configured !== undefined && configured !== '') {
    if (isExecutable(configured)) return configured;
    throw new Error(`CHROME_PATH is set to "${configured}", which is not an executable file.`);
  }
  const found = candidates.find(isExecutable);
  if (found !== undefined) return found;
  throw new Error(
    'No Chromium or Chrome found for the browser tests. Install one (on Debian: ' +
      '`apt-get install -y chromium`) or set CHROME_PATH to its executable.',
  );
}
