import { expect } from '@open-wc/testing';
import { prerenderSnippet, shellWord, type ScriptSource } from '../../demo/embed-code.js';

const source: ScriptSource = {
  script: 'https://cdn.example.org/jgw@0.1.0/cdn/jakarta-global-widgets.js',
};

describe('gallery: prerendered embed steps', () => {
  it('gives the render command with the settings as options, the API call, and the script tag', () => {
    const text = prerenderSnippet('program-card', { program: 'asn-new-york', lang: 'en', variant: 'compact', caption: "it's" }, source, 'en');
    const lines = text.split('\n');
    const command = lines.find((l) => l.startsWith('npx '));
    expect(command).to.equal(
      "npx jakarta-global-widgets render program-card --program asn-new-york --variant compact --lang en --stylesheet-base https://cdn.example.org/jgw@0.1.0/cdn/ > program-card.html",
    );
    expect(text).to.contain(`#   await renderWidget('program-card', { program: "asn-new-york", variant: "compact", lang: "en" }, { stylesheetBase: 'https://cdn.example.org/jgw@0.1.0/cdn/' });`);
    expect(lines.at(-1)).to.equal('<script type="module" src="https://cdn.example.org/jgw@0.1.0/cdn/jakarta-global-widgets.js"></script>');
    expect(text).to.contain('1. When your site is built');
  });

  it('leaves a map’s script-only size out of the command and says what to use, in Indonesian', () => {
    const text = prerenderSnippet('sister-city-map', { height: '420px', region: 'asia', lang: 'id' }, source, 'id');
    expect(text).to.not.contain('--height');
    expect(text).to.contain('--region asia');
    expect(text).to.contain(
      '# Tidak ikut di prarender: tinggi 420px (agar sama sebelum dan sesudah skrip, tulis di lembar gaya Anda: sister-city-map { --jgw-map-height: 420px; }).',
    );
    const both = prerenderSnippet('sister-city-map', { height: '420px', 'aspect-ratio': '16/9' }, source, 'en');
    expect(both).to.contain('# Not prerendered: the height 420px (to keep it before and after the script, write in your stylesheet: sister-city-map { --jgw-map-height: 420px; }); the aspect ratio 16/9 (script embed only;');
  });

  it('writes a value that starts like an option as --name=value, so the CLI does not take it for one', () => {
    const text = prerenderSnippet('cooperation-counter', { metric: 'agreements', label: '--theme', caption: '--help' }, source, 'id');
    expect(text).to.contain(' --label=--theme --caption=--help ');
    expect(text).to.contain(' --metric agreements ');
  });

  it('reads a src file at build time, by its file name, in the command and in the API call', () => {
    const text = prerenderSnippet('cooperation-counter', { metric: 'sister-cities', lang: 'id', src: '/data/jakarta%202025.json?v=2' }, source, 'en');
    expect(text.split('\n').find((l) => l.startsWith('npx '))).to.equal(
      "npx jakarta-global-widgets render cooperation-counter --metric sister-cities --lang id --src '/data/jakarta%202025.json?v=2' --data 'jakarta 2025.json' --stylesheet-base https://cdn.example.org/jgw@0.1.0/cdn/ > cooperation-counter.html",
    );
    expect(text).to.contain(`#   import { readFile } from 'node:fs/promises';`);
    expect(text).to.contain(
      `#   await renderWidget('cooperation-counter', { metric: "sister-cities", lang: "id", src: "/data/jakarta%202025.json?v=2" }, { stylesheetBase: 'https://cdn.example.org/jgw@0.1.0/cdn/', data: JSON.parse(await readFile("jakarta 2025.json", 'utf8')) });`,
    );
    // Without one, no file is read.
    expect(prerenderSnippet('cooperation-counter', { metric: 'agreements' }, source, 'en')).to.not.match(/--data|readFile/);
  });

  it('quotes shell words that are not plain', () => {
    expect(shellWord('asn-new-york')).to.equal('asn-new-york');
    expect(shellWord('Kerja sama')).to.equal("'Kerja sama'");
    expect(shellWord("it's; rm")).to.equal("'it'\\''s; rm'");
  });
});
