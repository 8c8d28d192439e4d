import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/core/url.js';

describe('safeUrl', () => {
  it('keeps https: and http: links, normalized, with white space around them dropped', () => {
    expect(safeUrl('https://example.org/a?b=1#c')).to.equal('https://example.org/a?b=1#c');
    expect(safeUrl('HTTP://Example.ORG')).to.equal('http://example.org/');
    expect(safeUrl(' \thttps://example.org/a \n')).to.equal('https://example.org/a');
    expect(safeUrl('https://example.org/a%20b')).to.equal('https://example.org/a%20b');
  });

  it('refuses other schemes, and white space inside a link (a dead %20 link in a browser)', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'ftp://example.org/',
      '//example.org/a',
      'example.org',
      'https:// pahami.id/dunia/a',
      'https://pahami.id /dunia/a',
      'https://example.org/a b',
      'https://example.org/a\u00a0b',
      'https://exa\tmple.org/',
      'https://',
      '',
    ]) {
      expect(safeUrl(bad), JSON.stringify(bad)).to.equal('');
    }
  });
});
