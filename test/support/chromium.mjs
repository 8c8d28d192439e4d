// The one place that says how we start Chromium: Debian's package by default
// (CHROME_PATH names another), --no-sandbox when running as root (CI and our
// machines), no background traffic (this network is closed), and no browser
// UI work competing with the page under test.
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// Chromium 15x builds the omnibox popup, a WebUI page of ~140 modules, in a
// renderer of its own for every new window, headless too: ~400 ms of CPU
// (and browser-process work) that ran during every cold load of the
// benchmark, on our two cores. No reader's page load pays for it once per
// page, so we turn it off. Puppeteer merges this list with its own;
// chrome-launcher (Lighthouse) takes the last --disable-features, so the list
// repeats the three chrome-launcher disables by default.
const DISABLED_FEATURES = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
  'Translate',
  'OptimizationHints',
  'MediaRouter',
];

export const CHROME_ARGS = [
  ...(process.getuid?.() === 0 || process.env.CI ? ['--no-sandbox'] : []),
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
];
