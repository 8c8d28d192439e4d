import { expect } from '@open-wc/testing';
import { clearDatasetCache, DatasetError, loadDataset, PARSE_MARK } from '../../src/core/dataset.js';

async function failure(promise: Promise<unknown>): Promise<DatasetError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(DatasetError);
    return error as DatasetError;
  }
  throw new Error('expected the load to fail');
}

function requestsTo(path: string): number {
  return performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === path).length;
}

describe('dataset loader', () => {
  beforeEach(() => clearDatasetCache());

  it('returns the bundled dataset without a request when src is empty', async () => {
    const before = performance.getEntriesByType('resource').length;
    const data = await loadDataset('');
    expect(data.id).to.equal('jakarta-2024');
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });

  it('loads and validates a file of the same schema', async () => {
    const data = await loadDataset('/test/fixtures/mini.json');
    expect(data.metrics[0].value).to.equal(1234);
    expect(data.partners.map((p) => p.id)).to.deep.equal(['lima', 'oslo']);
  });

  it('reports a 404 as an http error with its status', async () => {
    const error = await failure(loadDataset('/test/fixtures/missing.json'));
    expect(error.code).to.equal('http');
    expect(error.detail.status).to.equal(404);
  });

  it('reports an unreachable host as a network error', async () => {
    const error = await failure(loadDataset('http://127.0.0.1:9/data.json'));
    expect(error.code).to.equal('network');
  });

  it('reports invalid JSON as a parse error', async () => {
    const error = await failure(loadDataset('/test/fixtures/broken.json'));
    expect(error.code).to.equal('parse');
  });

  it('reports a schema-invalid file with the field path', async () => {
    const error = await failure(loadDataset('/test/fixtures/invalid.json'));
    expect(error.code).to.equal('invalid');
    expect(error.detail.path).to.equal('partners[1].name.en');
  });

  it('gives up on a slow response after the timeout', async () => {
    const started = performance.now();
    const error = await failure(loadDataset('/__slow?ms=3000', 200));
    expect(error.code).to.equal('timeout');
    expect(performance.now() - started).to.be.below(2000);
  });

  it('fetches and parses a URL once for concurrent and later callers', async () => {
    const url = '/test/fixtures/mini.json?once';
    const requestsBefore = requestsTo('/test/fixtures/mini.json');
    const parsesBefore = performance.getEntriesByName(PARSE_MARK).length;
    const all = await Promise.all(Array.from({ length: 20 }, () => loadDataset(url)));
    await loadDataset(url);
    expect(new Set(all).size).to.equal(1);
    expect(requestsTo('/test/fixtures/mini.json') - requestsBefore).to.equal(1);
    expect(performance.getEntriesByType('resource').filter((e) => e.name.endsWith('mini.json?once')).length).to.equal(1);
    expect(performance.getEntriesByName(PARSE_MARK).length - parsesBefore).to.equal(1);
  });

  it('tries again after a failure instead of caching it', async () => {
    const url = '/__slow?ms=300&retry';
    await failure(loadDataset(url, 50));
    const data = await loadDataset(url, 5000);
    expect(data.id).to.equal('mini');
  });
});
