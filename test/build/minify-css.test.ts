import { expect } from '@open-wc/testing';
import { minifyCss } from '../../scripts/minify-css-templates.js';

describe('build: css template minification', () => {
  it('folds white space and drops comments', () => {
    expect(minifyCss(`
      /* a comment */
      :host {
        display: block;
        margin: 0 auto;
      }
      a:hover > b,
      c { color: red; }
    `)).to.equal(':host{display:block;margin:0 auto}a:hover>b,c{color:red}');
  });

  it('keeps quoted strings, expressions and calc() spacing', () => {
    expect(minifyCss(`.x::after { content: ',  '; font-family: "Segoe UI", x; width: calc(100% - 2em); } \${unsafeCSS(a)} .y { }`))
      .to.equal(`.x::after{content:',  ';font-family:"Segoe UI",x;width:calc(100% - 2em)}\${unsafeCSS(a)} .y{}`);
  });

  it('drops the leading zero of numbers and the spaces inside parentheses, not the digits of other numbers', () => {
    expect(minifyCss(`.a { margin: 0.25em 0 0.5em; --f: var( --x, a ); opacity: 0.9; width: 10.5px; top: -0.5em; color: rgb(0 0 0 / 0.4) }`))
      .to.equal('.a{margin:.25em 0 .5em;--f:var(--x,a);opacity:.9;width:10.5px;top:-0.5em;color:rgb(0 0 0 / .4)}');
  });

  it('produces CSS the browser reads the same way', () => {
    const source = `:host { display: block } .a , .b > .c { color : rgb(1, 2, 3, 0.5); margin: 1px 0.75em; width: calc( 100% - 0.5em ) } @media (min-width: 480px) { .a { padding: 0 } }`;
    const parse = (css: string) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return [...sheet.cssRules].map((r) => r.cssText);
    };
    expect(parse(minifyCss(source))).to.deep.equal(parse(source));
  });
});
