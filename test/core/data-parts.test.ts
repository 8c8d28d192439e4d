import { expect } from '@open-wc/testing';
import full from '../../data/jakarta-2024.json';
import corePart from '../../data/jakarta-2024.json?part=core';
import partnersPart from '../../data/jakarta-2024.json?part=partners';
import { bundledDataset, PARSE_MARK, type DatasetPart } from '../../src/core/dataset.js';
import type { Dataset } from '../../src/core/types.js';
import '../../src/core/partners-data.js';

const whole = full as unknown as Dataset;
const core = corePart as unknown as Dataset;
const partners = partnersPart as unknown as DatasetPart;
const ids = (items: readonly { id: string }[]): string[] => items.map((item) => item.id);
const sorted = (items: readonly { id: string }[]): string[] => ids(items).sort();

/** Every source and note id that `items` cite, with the sources their notes cite. */
function cited(items: readonly { sources?: readonly string[]; notes?: readonly string[] }[], notes: readonly Dataset['notes'][number][]) {
  const noteIds = new Set(items.flatMap((i) => i.notes ?? []));
  const sourceIds = new Set(items.flatMap((i) => i.sources ?? []));
  for (const n of notes) if (noteIds.has(n.id)) n.sources.forEach((s) => sourceIds.add(s));
  return { noteIds, sourceIds };
}

describe('the bundled dataset in two parts (scripts/data-parts.mjs)', () => {
  it('core holds every field, with only the partners that programmes name; the partners part holds all partners', () => {
    const named = new Set(whole.programs.flatMap((p) => p.partners ?? []));
    expect(named.size).to.be.greaterThan(0);
    expect(ids(core.partners)).to.deep.equal(ids(whole.partners).filter((id) => named.has(id)));
    expect(core.partners.length).to.be.lessThan(whole.partners.length / 2);
    expect(ids(core.metrics)).to.deep.equal(ids(whole.metrics));
    expect(ids(core.programs)).to.deep.equal(ids(whole.programs));
    expect(core.city).to.deep.equal(whole.city);
    expect(core.asOf).to.equal(whole.asOf);
    expect(Object.keys(partners).sort()).to.deep.equal(['notes', 'partners', 'sources']);
    expect(ids(partners.partners)).to.deep.equal(ids(whole.partners));
    expect(partners.partners.length).to.equal(23);
  });

  it('the parts share no source or note, and together hold every one', () => {
    const both = (a: string[], b: string[]) => a.filter((id) => b.includes(id));
    expect(both(ids(core.sources), ids(partners.sources))).to.deep.equal([]);
    expect(both(ids(core.notes), ids(partners.notes))).to.deep.equal([]);
    expect([...ids(core.sources), ...ids(partners.sources)].sort()).to.deep.equal(sorted(whole.sources));
    expect([...ids(core.notes), ...ids(partners.notes)].sort()).to.deep.equal(sorted(whole.notes));
    // the split is not trivial: each part carries its own share of the references
    expect(partners.sources.length).to.be.greaterThan(20);
    expect(core.sources.length).to.be.greaterThan(20);
  });

  it('core alone resolves everything the counter and the card cite (a page without list or map)', () => {
    const corePartners = new Set(ids(core.partners));
    expect(whole.programs.flatMap((p) => p.partners ?? []).filter((id) => !corePartners.has(id))).to.deep.equal([]);
    const need = cited([whole.city, ...whole.metrics, ...whole.programs], whole.notes);
    const coreSources = new Set(ids(core.sources));
    const coreNotes = new Set(ids(core.notes));
    expect([...need.sourceIds].filter((id) => !coreSources.has(id))).to.deep.equal([]);
    expect([...need.noteIds].filter((id) => !coreNotes.has(id))).to.deep.equal([]);
  });

  it('core with the partners part resolves everything the partners cite', () => {
    const need = cited(whole.partners, whole.notes);
    const have = new Set([...ids(core.sources), ...ids(partners.sources)]);
    const haveNotes = new Set([...ids(core.notes), ...ids(partners.notes)]);
    expect([...need.sourceIds].filter((id) => !have.has(id))).to.deep.equal([]);
    expect([...need.noteIds].filter((id) => !haveNotes.has(id))).to.deep.equal([]);
  });

  it('bundledDataset() with the partners loaded is the whole dataset, built once', () => {
    const before = performance.getEntriesByName(PARSE_MARK).length;
    const data = bundledDataset();
    expect(bundledDataset()).to.equal(data);
    expect(performance.getEntriesByName(PARSE_MARK).length - before).to.be.at.most(1);
    expect(ids(data.partners)).to.deep.equal(ids(whole.partners));
    expect(ids(data.metrics)).to.deep.equal(ids(whole.metrics));
    expect(ids(data.programs)).to.deep.equal(ids(whole.programs));
    expect(sorted(data.sources)).to.deep.equal(sorted(whole.sources));
    expect(sorted(data.notes)).to.deep.equal(sorted(whole.notes));
    const byId = new Map(whole.sources.map((s) => [s.id, s]));
    for (const s of data.sources) expect(s, s.id).to.deep.equal(byId.get(s.id));
    expect(Object.keys(data).sort()).to.deep.equal(Object.keys(full).sort());
  });
});
