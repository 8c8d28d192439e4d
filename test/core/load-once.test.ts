import { expect } from '@open-wc/testing';
import { loadOnce, loadOncePerKey } from '../../src/core/load-once.js';

describe('loadOnce', () => {
  it('shares one load between concurrent and later calls', async () => {
    let calls = 0;
    const load = loadOnce(async () => ++calls);
    const [a, b] = await Promise.all([load(), load()]);
    expect([a, b, await load()]).to.deep.equal([1, 1, 1]);
    expect(calls).to.equal(1);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    let calls = 0;
    const load = loadOnce(async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      return 'ok';
    });
    const first = load();
    expect(load()).to.equal(first); // still pending: shared
    let error: unknown;
    await first.catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('offline');
    expect(await load()).to.equal('ok');
    expect(calls).to.equal(2);
  });
});

describe('loadOncePerKey', () => {
  it('loads once per key, passes the first call’s arguments, and clears', async () => {
    const seen: string[] = [];
    const cache = loadOncePerKey(async (key, n: number) => {
      seen.push(`${key}:${n}`);
      return `${key}${n}`;
    });
    expect(await cache.get('a', 1)).to.equal('a1');
    expect(await cache.get('a', 2)).to.equal('a1');
    expect(await cache.get('b', 3)).to.equal('b3');
    cache.clear();
    expect(await cache.get('a', 4)).to.equal('a4');
    expect(seen).to.deep.equal(['a:1', 'b:3', 'a:4']);
  });

  it('does not let a stale failure drop a newer load of the same key', async () => {
    let fail!: (e: Error) => void;
    let calls = 0;
    const cache = loadOncePerKey((key) => {
      calls += 1;
      return calls === 1 ? new Promise<string>((_, reject) => (fail = reject)) : Promise.resolve(key);
    });
    const stale = cache.get('k');
    cache.clear();
    const fresh = cache.get('k');
    fail(new Error('late'));
    await stale.catch(() => undefined);
    expect(cache.get('k')).to.equal(fresh);
    expect(calls).to.equal(2);
  });
});
