/**
 * Debian's Chromium, as every browser run here launches it: Playwright cannot download its
 * own browser on these machines, and without the networking flags Chromium phones home.
 */
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
