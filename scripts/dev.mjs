// `npm run dev`: WXT's dev mode, which opens a browser window with the extension loaded. Without a
// display that browser cannot start, and WXT fails only after the build, with a connection error
// (ECONNRESET, or "CDP connection closed"): on Linux, say so at once instead, and what to do.
import { spawn } from 'node:child_process';

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    [
      'npm run dev opens a browser window, and there is no display here (DISPLAY and WAYLAND_DISPLAY are unset).',
      'Run it on a virtual display:  xvfb-run npm run dev   (Debian/Ubuntu: sudo apt-get install -y xvfb)',
      'or build and load the extension by hand: npm run build (README.md, "Load the built extension by hand").',
    ].join('\n'),
  );
  process.exit(1);
}

const wxt = spawn('npx', ['wxt', ...process.argv.slice(2)], { stdio: 'inherit' });
// Ctrl+C reaches WXT from the terminal itself; wait for it to close the browser and exit.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => wxt.kill('SIGTERM'));
wxt.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
