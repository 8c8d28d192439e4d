// A tiny W3C WebDriver client (HTTP + fetch, no dependency) for WebKitGTK:
// Debian's webkit2gtk-driver (`WebKitWebDriver`) drives the MiniBrowser, which
// has no headless mode, so it runs on an Xvfb display started here (unless
// DISPLAY names one already). Everything stays on 127.0.0.1, and every process
// started here is ended by its own id in `close()`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const ARCH = { x64: 'x86_64', arm64: 'aarch64', arm: 'arm', ia32: 'i386', ppc64: 'powerpc64le', s390x: 's390x' }[process.arch] ?? process.arch;

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER =
  process.env.WEBKIT_MINIBROWSER ??
  [
    `/usr/lib/${ARCH}-linux-gnu/webkit2gtk-4.1/MiniBrowser`,
    `/usr/lib/${ARCH}-linux-gnueabihf/webkit2gtk-4.1/MiniBrowser`,
    `/usr/lib/${ARCH}-linux-gnu/webkit2gtk-4.0/MiniBrowser`,
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ].find((p) => existsSync(p)) ??
  `/usr/lib/${ARCH}-linux-gnu/webkit2gtk-4.1/MiniBrowser`;
export const XVFB = process.env.XVFB ?? '/usr/bin/Xvfb';

/** Why WebKit cannot run here, or null when it can. */
export function webkitMissing() {
  if (!existsSync(WEBKIT_DRIVER)) return `${WEBKIT_DRIVER} is missing (Debian package webkit2gtk-driver)`;
  if (!existsSync(MINIBROWSER)) return `${MINIBROWSER} is missing (Debian package webkit2gtk-driver pulls it in)`;
  if (!process.env.DISPLAY && !existsSync(XVFB)) return `${XVFB} is missing and DISPLAY is not set (Debian package xvfb)`;
  return null;
}

/** W3C key codes of the keys the tests press. */
const KEYS = { Tab: '\uE004', Enter: '\uE007', Space: '\uE00D', Escape: '\uE00C', ArrowRight: '\uE014', ArrowLeft: '\uE012' };

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a free display; resolves with { display, stop() }. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const proc = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let err = '';
    let out = '';
    proc.stderr.on('data', (d) => (err += d));
    proc.on('error', reject);
    proc.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err.trim().slice(-300)}`)));
    proc.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, stop: () => stopProcess(proc), proc });
    });
  });
}

function stopProcess(proc) {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => proc.kill('SIGKILL'), 3000);
    proc.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    proc.kill('SIGTERM');
  });
}

/**
 * Starts WebKitWebDriver (and Xvfb when needed) and opens a MiniBrowser
 * session. The returned object has the small API the engine tests use.
 */
export async function launchWebKit() {
  const why = webkitMissing();
  if (why) throw new Error(why);
  const xvfb = process.env.DISPLAY ? null : await startXvfb();
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=local'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...(xvfb ? { DISPLAY: xvfb.display } : {}),
      // Without a GPU (Xvfb), the DMA-BUF renderer never presents a frame:
      // no requestAnimationFrame, no IntersectionObserver, no lazy map.
      WEBKIT_DISABLE_DMABUF_RENDERER: process.env.WEBKIT_DISABLE_DMABUF_RENDERER ?? '1',
    },
  });
  let driverLog = '';
  driver.stdout.on('data', (d) => (driverLog = (driverLog + d).slice(-2000)));
  driver.stderr.on('data', (d) => (driverLog = (driverLog + d).slice(-2000)));
  const base = `http://127.0.0.1:${port}`;
  // If this process ends without close() (a crash, a killed test run), the
  // driver and the display end with it (the MiniBrowser loses its display).
  const onExit = () => {
    driver.kill('SIGKILL');
    xvfb?.proc.kill('SIGTERM');
  };
  process.once('exit', onExit);
  const stopAll = async () => {
    process.removeListener('exit', onExit);
    await stopProcess(driver);
    await xvfb?.stop();
  };

  async function call(method, path, body) {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({ value: { error: `HTTP ${res.status}`, message: '' } }));
    if (!res.ok || json.value?.error) {
      throw new Error(`WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message ?? ''}`.trim());
    }
    return json.value;
  }

  try {
    // The driver listens a moment after it starts.
    const deadline = Date.now() + 20000;
    for (;;) {
      try {
        if ((await call('GET', '/status')).ready !== undefined) break;
      } catch (e) {
        if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on ${base}: ${e.message}\n${driverLog}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const session = await call('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        },
      },
    });
    const s = `/session/${session.sessionId}`;
    const version = `MiniBrowser (WebKitGTK ${session.capabilities.browserVersion})`;
    await call('POST', `${s}/timeouts`, { script: 60000, pageLoad: 60000 });

    const keyAction = (key) => {
      const value = KEYS[key] ?? key;
      return { type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] };
    };
    const tapAction = (x, y, pointerType) => ({
      type: 'pointer',
      id: pointerType,
      parameters: { pointerType },
      actions: [
        { type: 'pointerMove', duration: 0, origin: 'viewport', x: Math.round(x), y: Math.round(y) },
        { type: 'pointerDown', button: 0 },
        { type: 'pause', duration: 50 },
        { type: 'pointerUp', button: 0 },
      ],
    });

    const browser = {
      name: 'webkit',
      version,
      /** Makes the window's viewport `width` × `height` (or as close as the window allows); returns the viewport. */
      async setViewport(width, height) {
        let inner = { w: 0, h: 0 };
        let rect = { width, height };
        for (let i = 0; i < 3; i++) {
          await call('POST', `${s}/window/rect`, rect);
          inner = await browser.evaluate(() => ({ w: innerWidth, h: innerHeight }));
          if (inner.w === width && inner.h === height) break;
          const outer = await call('GET', `${s}/window/rect`);
          rect = { width: outer.width + (width - inner.w), height: outer.height + (height - inner.h) };
        }
        return { width: inner.w, height: inner.h };
      },
      async goto(url) {
        await call('POST', `${s}/url`, { url });
      },
      /** Runs `fn(...args)` in the page (or the current frame); awaits a returned promise. */
      async evaluate(fn, ...args) {
        const script =
          'var done = arguments[arguments.length - 1];' +
          'var args = Array.prototype.slice.call(arguments, 0, -1);' +
          `Promise.resolve().then(function () { return (${fn}).apply(null, args); })` +
          '.then(function (v) { done({ ok: v === undefined ? null : v }); }, function (e) { done({ err: String(e && e.stack || e) }); });';
        const out = await call('POST', `${s}/execute/async`, { script, args });
        if (out && 'err' in out) throw new Error(`in the page: ${out.err}`);
        return out?.ok;
      },
      async press(key) {
        await call('POST', `${s}/actions`, { actions: [keyAction(key)] });
      },
      /** A tap at viewport coordinates: a touch pointer when the engine takes one, else the mouse. Returns the pointer type used. */
      async tap(x, y) {
        try {
          await call('POST', `${s}/actions`, { actions: [tapAction(x, y, 'touch')] });
          return 'touch';
        } catch (e) {
          if (!/unsupported|not supported|invalid argument/i.test(e.message)) throw e;
          await call('POST', `${s}/actions`, { actions: [tapAction(x, y, 'mouse')] });
          return 'mouse';
        } finally {
          await call('DELETE', `${s}/actions`).catch(() => {});
        }
      },
      /** Runs the following commands in the page's `index`th iframe (null: back to the top page). */
      async frame(index) {
        await call('POST', `${s}/frame`, { id: index });
      },
      async close() {
        try {
          await call('DELETE', s);
        } finally {
          await stopAll();
        }
      },
    };
    return browser;
  } catch (e) {
    await stopAll();
    throw e;
  }
}
