import { expect } from '@open-wc/testing';
import { diffDatasets, formatChange, stableJson } from '../../src/check/index.js';

async function bundledText(): Promise<string> {
  return (await fetch(new URL('../../data/jakarta-2024.json', import.meta.url))).text();
}

describe('stableJson and diffDatasets (the editor download and its "what changed")', () => {
  it('writes the bundled file back byte for byte, whatever the key order in memory', async () => {
    const text = await bundledText();
    const data = JSON.parse(text);
    expect(stableJson(data)).to.equal(text);
    const p = data.partners[0];
    const copy = { ...p };
    for (const k of Object.keys(p)) delete p[k];
    for (const k of Object.keys(copy).reverse()) p[k] = copy[k];
    data.metrics[0].label = { en: data.metrics[0].label.en, id: data.metrics[0].label.id };
    expect(Object.keys(data.partners[0])[0]).to.equal('notes');
    expect(stableJson(data)).to.equal(text);
  });

  it('keeps unknown fields, after the known ones', () => {
    expect(stableJson({ zz: 1, id: 'x', schemaVersion: 1 })).to.equal('{\n  "schemaVersion": 1,\n  "id": "x",\n  "zz": 1\n}\n');
  });

  it('names what changed by item position from 1 and id, in both languages', async () => {
    const before = JSON.parse(await bundledText());
    const after = structuredClone(before);
    after.metrics[1].value = 24;
    after.partners.push({ ...after.partners[0], id: 'busan' });
    after.sources.pop();
    after.asOf = '2025-12-31';
    const changes = diffDatasets(before, after);
    expect(changes.map((c) => formatChange(c, 'id'))).to.deep.equal([
      'Berkas: diubah: asOf',
      'Angka ke-2 (sister-cities): diubah: value',
      'Mitra ke-24 (busan): ditambahkan',
      'Sumber ke-73 (C5): dihapus',
    ]);
    expect(changes.map((c) => formatChange(c, 'en'))).to.deep.equal([
      'File: changed: asOf',
      'Figure 2 (sister-cities): changed: value',
      'Partner 24 (busan): added',
      'Source 73 (C5): removed',
    ]);
    expect(diffDatasets(before, structuredClone(before))).to.deep.equal([]);
  });
});
