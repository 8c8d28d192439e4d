import { expect } from '@open-wc/testing';
import { whenIdle } from '../../src/core/idle.js';

describe('whenIdle', () => {
  const original = Object.getOwnPropertyDescriptor(window, 'requestIdleCallback');
  afterEach(() => {
    if (original) Object.defineProperty(window, 'requestIdleCallback', original);
  });

  it('runs in an idle moment where requestIdleCallback exists, with the timeout given', async () => {
    const timeouts: (number | undefined)[] = [];
    const native = window.requestIdleCallback;
    window.requestIdleCallback = (callback, options) => (timeouts.push(options?.timeout), native(callback, options));
    const ran = await new Promise<boolean>((resolve) => whenIdle(() => resolve(true), 300));
    expect(ran).to.equal(true);
    expect(timeouts).to.deep.equal([300]);
  });

  it('runs a moment later, without an error, where a page shim left requestIdleCallback undefined (Safari)', async () => {
    // `window.requestIdleCallback = window.requestIdleCallback && …` in a browser without it: the property is there.
    Object.defineProperty(window, 'requestIdleCallback', { value: undefined, configurable: true, writable: true });
    expect('requestIdleCallback' in window).to.equal(true);
    const ran = await new Promise<boolean>((resolve, reject) => {
      try {
        whenIdle(() => resolve(true));
      } catch (error) {
        reject(error);
      }
    });
    expect(ran).to.equal(true);
  });
});
