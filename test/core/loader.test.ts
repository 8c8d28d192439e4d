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

  it('keeps the usable part of a file with an invalid item, with one warning naming the item and field', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const [a, b] = await Promise.all([
        loadDataset('/test/fixtures/invalid.json', undefined, 'sister-city-list'),
        loadDataset('/test/fixtures/invalid.json', undefined, 'sister-city-map'),
      ]);
      expect(a).to.equal(b);
      expect(a.partners.map((p) => p.id)).to.deep.equal(['lima']);
      await loadDataset('/test/fixtures/invalid.json', undefined, 'program-card');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<sister-city-list>, <sister-city-map>: data file http:\/\/[^ ]+\/test\/fixtures\/invalid\.json: 1 problem/);
    expect(warnings[0]).to.contain('\n- partner #2 (oslo), name.en: must be a non-empty text; partner skipped\n');
    // The rest is shown: no promise of an error box that a table missing one row does not have.
    expect(warnings[0]).to.contain('\nReaders see the rest; an element whose own item was left out shows the content inside its tag');
    expect(warnings[0]).to.contain('`npx jakarta-global-widgets check <file>` lists every problem.');
    expect(warnings[0]).not.to.contain('where data is missing');
  });

  it('names the source whose link is dropped by its own place when its id is written twice', async () => {
    const mini = await (await fetch('/test/fixtures/mini.json')).json();
    // #1: an A with no title (skipped); #3: the A kept, whose link is not https: or http:
    mini.sources = [{ id: 'A', url: 'https://example.org/first' }, mini.sources[1], { ...mini.sources[0], url: 'javascript:alert(1)' }];
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const data = await loadDataset(`data:application/json,${encodeURIComponent(JSON.stringify(mini))}`, undefined, 'program-card');
      expect(data.sources.find((s) => s.id === 'A')!.url).to.equal('');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('- links of source #3 (A) not shown');
    // a data: URL is named by its start, not its whole text
    expect(warnings[0]).to.match(/^<program-card>: data file data:application\/json,%7B.{35}…: 2 problems/);
  });

  it('drops a link with a user name or password before "@", naming it once, and keeps one with "@" in its path', async () => {
    const mini = await (await fetch('/test/fixtures/mini.json')).json();
    mini.sources[0].url = 'https://jakarta.go.id@evil.example/';
    mini.sources[1].url = 'https://example.org/people/@jakarta';
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const data = await loadDataset(`data:application/json,${encodeURIComponent(JSON.stringify(mini))}`, undefined, 'program-card');
      expect(data.sources.map((s) => s.url)).to.deep.equal(['', 'https://example.org/people/@jakarta']);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`- links of source #1 (${mini.sources[0].id}) not shown (a link must be a full https: or http: address, with no spaces and no user name or password before "@")`);
  });

  it('names the elements that ask while the page’s own call loads the file (the page asked first, unnamed)', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const url = '/test/fixtures/invalid.json?page-first';
      const page = loadDataset(url);
      const elements = [loadDataset(url, undefined, 'sister-city-map'), loadDataset(url, undefined, 'cooperation-counter')];
      await Promise.all([page, ...elements]);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<cooperation-counter>, <sister-city-map>: data file http:\/\/[^ ]+\/test\/fixtures\/invalid\.json\?page-first: 1 problem/);
  });

  it('reports a file that cannot be used at all with the field path', async () => {
    const error = await failure(loadDataset('data:application/json,{"schemaVersion":2}'));
    expect(error.code).to.equal('invalid');
    expect(error.detail.path).to.equal('schemaVersion');
    expect(error.problems.map((p) => p.effect)).to.deep.equal(['fatal']);
  });

  it('refuses a file not saved as UTF-8 with what to do, where Response.text() would garble its letters', async () => {
    // Windows-1252 ("ANSI"): "Perú" with ú as the single byte 0xFA.
    const ansi = await failure(loadDataset(`data:application/json;base64,${btoa('{"schemaVersion":1,"title":"Per\xfa"}')}`));
    expect([ansi.code, ansi.problems[0].code]).to.deep.equal(['parse', 'encoding']);
    expect(ansi.message).to.equal('the file is not UTF-8, so letters such as "ü" or "é" would be garbled: save it again as UTF-8');
    // UTF-16 little-endian with its byte-order mark (Notepad's "Unicode").
    const wide = `\xff\xfe${[...'{"schemaVersion":1}'].map((c) => `${c}\0`).join('')}`;
    const utf16 = await failure(loadDataset(`data:application/json;base64,${btoa(wide)}`));
    expect(utf16.message).to.equal('the file is saved as UTF-16, not UTF-8: save it again as UTF-8');
    // UTF-8 with its byte-order mark is read, as before.
    const bom = await failure(loadDataset(`data:application/json;base64,${btoa('\xef\xbb\xbf{"schemaVersion":2}')}`));
    expect(bom.code, 'read, then found invalid').to.equal('invalid');
    // Two marks (a tool that adds one to a file that has one): read, as the checker reads it.
    const twice = await failure(loadDataset(`data:application/json;base64,${btoa('\xef\xbb\xbf\xef\xbb\xbf{"schemaVersion":2}')}`));
    expect(twice.code, 'read, then found invalid').to.equal('invalid');
  });

  it('gives the line and column of a JSON syntax error', async () => {
    const error = await failure(loadDataset('/test/fixtures/broken.json'));
    expect(error.problems[0].code).to.equal('json-syntax');
    expect(error.message).to.match(/^JSON syntax error at line \d+, column \d+: /);
    // broken.json is one line that stops after a comma: the parser fails at the start of line 2.
    expect(error.detail).to.deep.include({ line: 2, column: 1 });
    expect(error.message).to.contain('line 2, column 1');
  });

  it('places a stray comma where it is, though Chromium’s message gives no position', async () => {
    // A trailing comma in a list: "Unexpected token ']', …" in Chromium, with no position.
    const text = '{\n  "schemaVersion": 1,\n  "sources": ["S1",\n  ],\n  "id": "x"\n}';
    let reason = '';
    try {
      JSON.parse(text);
    } catch (e) {
      reason = (e as Error).message;
    }
    expect(reason, 'the engine’s own message').to.not.match(/line \d+ column \d+|position \d+/);
    const error = await failure(loadDataset(`data:application/json,${encodeURIComponent(text)}`));
    // At the comma to delete (the engine's "unexpected ]" is the next line's bracket).
    expect(error.detail).to.deep.include({ line: 3, column: 19 });
    expect(error.message).to.equal('JSON syntax error at line 3, column 19: this comma is one too many, as ] comes right after it: delete it');
  });

  it('names the common slips of a hand-edited file in its own words, not the engine’s', async () => {
    const reason = async (text: string) => (await failure(loadDataset(`data:application/json,${encodeURIComponent(text)}`))).message;
    // A missing comma: Chromium's words add a character position and repeat the line and column.
    expect(await reason('{\n  "schemaVersion": 1\n  "id": "x"\n}')).to.equal(
      `JSON syntax error at line 3, column 3: '"' is not expected here (a missing or extra comma, quote or bracket?)`,
    );
    expect(await reason("{\n  'schemaVersion': 1\n}")).to.equal(`JSON syntax error at line 2, column 3: ' is a single quote; JSON uses double quotes "`);
    expect(await reason('{ “schemaVersion”: 1 }')).to.equal('JSON syntax error at line 1, column 3: “ is a curly quote; JSON uses straight quotes "');
    expect(await reason('{ "schemaVersion": 1,\n  "id": "x')).to.equal(
      'JSON syntax error at line 2, column 11: the file ends before the JSON does (a missing closing bracket?)',
    );
    expect(await reason('{ "schemaVersion":\u00a01 }')).to.equal(
      'JSON syntax error at line 1, column 19: the invisible character U+00A0 is not expected here (a missing or extra comma, quote or bracket?)',
    );
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
