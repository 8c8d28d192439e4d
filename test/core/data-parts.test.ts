import { expect } from '@open-wc/testing';
import full from '../../data/jakarta-2024.json';
import corePart from '../../data/jakarta-2024.json?part=core';
import programsPart from '../../data/jakarta-2024.json?part=programs';
import partnersPart from '../../data/jakarta-2024.json?part=partners';
import { bundledDataset, PARSE_MARK, type DatasetPart } from '../../src/core/dataset.js';
import type { Dataset } from '../../src/core/types.js';
import '../../src/core/programs-data.js';
import '../../src/core/partners-data.js';

const whole = full as unknown as Dataset;
const core = corePart as unknown as Dataset;
const programs = programsPart as unknown as DatasetPart;
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

/** The ids that `need` cites and `parts` lack. */
function missing(need: ReturnType<typeof cited>, ...parts: { sources: readonly { id: string }[]; notes: readonly { id: string }[] }[]) {
  const sources = new Set(parts.flatMap((p) => ids(p.sources)));
  const notes = new Set(parts.flatMap((p) => ids(p.notes)));
  return [...[...need.sourceIds].filter((id) => !sources.has(id)), ...[...need.noteIds].filter((id) => !notes.has(id))];
}

describe('the bundled dataset in three parts (scripts/data-parts.mjs)', () => {
  it('core holds every field but $schema (an editor hint) with the city and the metrics, and no partner or programme', () => {
    expect(Object.keys(full)).to.include('$schema');
    expect(Object.keys(core).sort()).to.deep.equal(Object.keys(full).filter((key) => key !== '$schema').sort());
    expect(ids(core.metrics)).to.deep.equal(ids(whole.metrics));
    expect(core.city).to.deep.equal(whole.city);
    expect(core.asOf).to.equal(whole.asOf);
    expect(core.partners).to.deep.equal([]);
    expect(core.programs).to.deep.equal([]);
  });

  it('core holds exactly what the city and the metrics cite: a page with only counters needs nothing else', () => {
    const need = cited([whole.city, ...whole.metrics], whole.notes);
    expect(sorted(core.sources)).to.deep.equal([...need.sourceIds].sort());
    expect(sorted(core.notes)).to.deep.equal([...need.noteIds].sort());
    // the split is not trivial: the metrics cite a share of the references, not all of them
    expect(core.sources.length).to.be.greaterThan(10);
    expect(core.sources.length).to.be.lessThan(whole.sources.length / 2);
  });

  it('the programmes part holds the programmes, the partners they name, and what they cite beyond core', () => {
    expect(Object.keys(programs).sort()).to.deep.equal(['notes', 'partners', 'programs', 'sources']);
    expect(ids(programs.programs)).to.deep.equal(ids(whole.programs));
    const named = new Set(whole.programs.flatMap((p) => p.partners ?? []));
    expect(named.size).to.be.greaterThan(0);
    expect(ids(programs.partners)).to.deep.equal(ids(whole.partners).filter((id) => named.has(id)));
    expect(missing(cited(whole.programs, whole.notes), core, programs)).to.deep.equal([]);
    expect(ids(programs.sources).filter((id) => ids(core.sources).includes(id))).to.deep.equal([]);
    expect(programs.sources.length).to.be.greaterThan(0);
  });

  it('the partners part holds every partner and programme, and every source and note core lacks', () => {
    expect(Object.keys(partners).sort()).to.deep.equal(['notes', 'partners', 'programs', 'sources']);
    expect(ids(partners.partners)).to.deep.equal(ids(whole.partners));
    expect(partners.partners.length).to.equal(23);
    expect(ids(partners.programs)).to.deep.equal(ids(whole.programs));
    const both = (a: string[], b: string[]) => a.filter((id) => b.includes(id));
    expect(both(ids(core.sources), ids(partners.sources))).to.deep.equal([]);
    expect(both(ids(core.notes), ids(partners.notes))).to.deep.equal([]);
    expect([...ids(core.sources), ...ids(partners.sources)].sort()).to.deep.equal(sorted(whole.sources));
    expect([...ids(core.notes), ...ids(partners.notes)].sort()).to.deep.equal(sorted(whole.notes));
  });

  it('bundledDataset() with the parts loaded is the whole dataset (but its $schema), in the file\'s order of partners, built once', () => {
    const before = performance.getEntriesByName(PARSE_MARK).length;
    const data = bundledDataset();
    expect(bundledDataset()).to.equal(data);
    expect(performance.getEntriesByName(PARSE_MARK).length - before).to.be.at.most(1);
    expect(ids(data.partners)).to.deep.equal(ids(whole.partners));
    expect(ids(data.metrics)).to.deep.equal(ids(whole.metrics));
    expect(ids(data.programs)).to.deep.equal(ids(whole.programs));
    expect(ids(data.sources)).to.have.length(whole.sources.length);
    expect(sorted(data.sources)).to.deep.equal(sorted(whole.sources));
    expect(sorted(data.notes)).to.deep.equal(sorted(whole.notes));
    const byId = new Map(whole.sources.map((s) => [s.id, s]));
    for (const s of data.sources) expect(s, s.id).to.deep.equal(byId.get(s.id));
    expect(Object.keys(data).sort()).to.deep.equal(Object.keys(full).filter((key) => key !== '$schema').sort());
  });
});
