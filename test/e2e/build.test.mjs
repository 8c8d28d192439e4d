// Build-time transforms that are not run in the browser tests (these see the
// source as written): the folding of white space in Lit templates
// (scripts/minify-html-templates.mjs). What the built bundle renders is
// checked by the other e2e files, on the bundle itself.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { foldTemplateWhiteSpace } from '../../scripts/minify-html-templates.mjs';

describe('build: white space in html and svg templates', () => {
  it('folds each line-breaking run of white space in html templates, nested ones included, to one space', async () => {
    const source = [
      'const a = html`<div class="counter">',
      '      <p>${x}',
      '        ${y ? html`<span',
      '            >${y}</span',
      '          >` : nothing}</p>',
      '    </div>`;',
    ].join('\n');
    assert.equal(await foldTemplateWhiteSpace(source), 'const a = html`<div class="counter"> <p>${x} ${y ? html`<span >${y}</span >` : nothing}</p> </div>`;');
  });

  it('folds svg templates too, and keeps white space within a line', async () => {
    assert.equal(await foldTemplateWhiteSpace('svg`<path d="M 0 0\n   L 1 1"></path>  <g></g>`'), 'svg`<path d="M 0 0 L 1 1"></path>  <g></g>`');
  });

  it('leaves other templates, strings, escapes and expressions alone', async () => {
    const source = [
      'const c = css`:host {',
      '  display: block;',
      '}`;',
      'const t = `line one',
      '  line two`;',
      "const s = 'a\\n  b';",
      'const h = html`<p>a\\n  b</p>${`x',
      '  y`}`;',
    ].join('\n');
    assert.equal(await foldTemplateWhiteSpace(source), source);
    assert.equal(await foldTemplateWhiteSpace('f(`a\n  b`)'), 'f(`a\n  b`)');
  });
});
