import { defineWebExtConfig } from 'wxt';

// `npm run dev` opens this browser with the extension loaded. Set CHROME_PATH (or CHROMIUM_PATH)
// and FIREFOX_PATH to use another binary.
export default defineWebExtConfig({
  binaries: {
    chrome: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    ...(process.env.FIREFOX_PATH ? { firefox: process.env.FIREFOX_PATH } : {}),
  },
  // Chromium refuses to start as root without --no-sandbox (containers, CI boxes).
  chromiumArgs: ['--no-first-run', '--disable-sync', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
});
