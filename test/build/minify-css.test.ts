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

  it('produces CSS the browser reads the same way', () => {
    const source = `:host { display: block } .a , .b > .c { color : rgb(1, 2, 3); margin: 1px 2px } @media (min-width: 480px) { .a { padding: 0 } }`;
    const parse = (css: string) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return [...sheet.cssRules].map((r) => r.cssText);
    };
    expect(parse(minifyCss(source))).to.deep.equal(parse(source));
  });
});
