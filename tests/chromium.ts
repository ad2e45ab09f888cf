/**
 * Debian's Chromium, as every browser run here launches it: Playwright cannot download its
 * own browser on these machines, and without the networking flags Chromium phones home.
 */

/**
 * Playwright (1.65) passes its own --disable-features list. Chromium keeps only the last
 * --disable-features on its command line, so ours repeats Playwright's (less its two
 * Edge-only names) and adds to it.
 */
const PLAYWRIGHT_DISABLED = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

/**
 * Every new browser context (each test, each bench load) made Chromium load the address
 * bar's popup, a page of its own (chrome://omnibox-popup.top-chrome), in a renderer that
 * kept a core busy for 2-3 s: on two cores it ran beside the page measured (the bench, one
 * sitting: the bundled data started in 2.28 s with it, 1.25 s without; its longest task
 * 195 ms with it, 104 ms without). A user's browser loads it once, not beside each page.
 */
const OMNIBOX_POPUP = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-features=${[...PLAYWRIGHT_DISABLED, ...OMNIBOX_POPUP].join(',')}`,
  ],
};
