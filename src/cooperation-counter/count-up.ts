/**
 * The count-up's timing, free of the DOM so it can be tested with a fake
 * clock: an ease-out curve, the value shown at a given progress, and a runner
 * that drives frames and always lands on the end, even when frames starve
 * (a hidden tab runs no `requestAnimationFrame`).
 */

/** Default length of the count-up, in milliseconds. */
export const DEFAULT_DURATION = 1200;

/** How long after the planned end a starved count-up is snapped to its end. */
export const FALLBACK_SLACK = 200;

/** The time source and schedulers a count-up uses; tests pass a fake one. */
export interface Clock {
  now(): number;
  requestFrame(callback: () => void): number;
  cancelFrame(handle: number): void;
  setTimer(callback: () => void, ms: number): number;
  clearTimer(handle: number): void;
}

/**
 * The browser's clock. The globals are looked up on each call, so a test (or
 * a page) that replaces `requestAnimationFrame` is honoured.
 */
export const browserClock: Clock = {
  now: () => performance.now(),
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
  setTimer: (callback, ms) => window.setTimeout(callback, ms),
  clearTimer: (handle) => window.clearTimeout(handle),
};

/** Cubic ease-out: fast start, gentle landing. 0 → 0, 1 → 1. */
export function easeOutCubic(t: number): number {
  const clamped = Math.min(1, Math.max(0, t));
  return 1 - (1 - clamped) ** 3;
}

/** Eased progress after `elapsed` ms of `duration` ms: exactly 1 at and after the end. */
export function progressAt(elapsed: number, duration: number): number {
  if (!(duration > 0) || elapsed >= duration) return 1;
  return easeOutCubic(elapsed / duration);
}

/** The number of fraction digits a value is written with (`102` → 0, `2.5` → 1), at most 3. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  for (let d = 1; d < 3; d++) {
    const scaled = value * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return d;
  }
  return 3;
}

/**
 * The value shown at `progress` (0…1) of a count from 0 to `final`, rounded to
 * the final value's own precision; at progress 1 it is `final` itself, exactly.
 */
export function valueAt(final: number, progress: number): number {
  if (progress >= 1) return final;
  if (progress <= 0) return 0;
  const factor = 10 ** decimalsOf(final);
  const value = Math.round(final * progress * factor) / factor;
  // Rounding must never reach (or pass) the end before the last frame.
  return Math.abs(value) >= Math.abs(final) ? final - Math.sign(final) / factor : value;
}

/**
 * Runs a count-up: calls `onProgress(p)` with the eased progress on each frame
 * and finally with exactly 1. If frames stop coming (hidden tab, starved
 * `requestAnimationFrame`), a timer ends it `FALLBACK_SLACK` ms after the
 * planned end. A `duration` of 0 (or less, or not a number) ends at once.
 * Returns a function that stops the run without a final call.
 */
export function countUp(duration: number, onProgress: (progress: number) => void, clock: Clock = browserClock): () => void {
  if (!(duration > 0)) {
    onProgress(1);
    return () => {};
  }
  const start = clock.now();
  let frame = 0;
  let timer = 0;
  let running = true;
  const stop = () => {
    running = false;
    clock.cancelFrame(frame);
    clock.clearTimer(timer);
  };
  const finish = () => {
    stop();
    onProgress(1);
  };
  const tick = () => {
    if (!running) return;
    const progress = progressAt(clock.now() - start, duration);
    if (progress >= 1) return finish();
    onProgress(progress);
    frame = clock.requestFrame(tick);
  };
  timer = clock.setTimer(() => running && finish(), duration + FALLBACK_SLACK);
  onProgress(0);
  frame = clock.requestFrame(tick);
  return stop;
}
