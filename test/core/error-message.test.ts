import { expect } from '@open-wc/testing';
import full from '../../data/jakarta-2024.json';
import { datasetErrorMessage, DatasetError, validateDataset } from '../../src/core/dataset.js';
import { coreStrings } from '../../src/core/i18n.js';
import { checkDataset } from '../../src/core/validate.js';

// The wording of the `debug` box travels with the on-demand half (remote.ts), which every
// failure but a network one has loaded: this file starts before anything loads it.
describe('datasetErrorMessage (the debug box\'s line)', () => {
  it('says "network" in both languages before the on-demand half is loaded (its chunk may be what failed)', () => {
    const error = new DatasetError('network', 'Failed to fetch dynamically imported module', { url: 'https://example.org/d.json' });
    expect(datasetErrorMessage(error, 'id')).to.equal(coreStrings.id.errorNetwork);
    expect(datasetErrorMessage(error, 'en')).to.equal(coreStrings.en.errorNetwork);
  });

  it('words each kind of failure in both languages once it is loaded', async () => {
    await validateDataset({}).catch(() => {}); // loads the on-demand half (the object itself is unusable)
    const message = (code: DatasetError['code'], detail: DatasetError['detail'], lang: 'id' | 'en') =>
      datasetErrorMessage(new DatasetError(code, 'technical', detail), lang);
    expect(message('http', { status: 404 }, 'id')).to.equal('Berkas data tidak ditemukan atau tidak dapat diakses (HTTP 404).');
    expect(message('http', { status: 404 }, 'en')).to.equal('The data file was not found or cannot be accessed (HTTP 404).');
    expect(message('timeout', {}, 'id')).to.equal('Berkas data terlalu lama dimuat.');
    expect(message('timeout', {}, 'en')).to.equal('The data file took too long to load.');
    expect(message('parse', {}, 'id')).to.equal('Berkas data bukan JSON yang sah.');
    expect(message('parse', {}, 'en')).to.equal('The data file is not valid JSON.');
    // Where it stops being JSON, as the console and the checker say it, in the box's language.
    expect(message('parse', { line: 908, column: 3 }, 'id')).to.equal('Berkas data bukan JSON yang sah (baris 908, kolom 3).');
    expect(message('parse', { line: 908, column: 3 }, 'en')).to.equal('The data file is not valid JSON (line 908, column 3).');
    expect(message('invalid', { path: 'metrics[2].value' }, 'id')).to.equal('Berkas data tidak sesuai format: metrics[2].value.');
    expect(message('network', {}, 'en')).to.equal(coreStrings.en.errorNetwork);
  });

  it('names the place of an invalid file as the console does: items counted from 1, with their id', async () => {
    // Partner 2's region is not one of the regions: the strict check (the checker's) refuses the file there.
    const raw = structuredClone(full) as unknown as { partners: { id: string; region: string }[] };
    raw.partners[1]!.region = 'atlantis';
    await validateDataset({}).catch(() => {}); // loads the on-demand half
    let error: DatasetError | undefined;
    try {
      checkDataset(raw);
    } catch (e) {
      error = e as DatasetError;
    }
    expect(error?.detail.path).to.equal('partners[1].region');
    const id = raw.partners[1]!.id;
    expect(datasetErrorMessage(error!, 'id')).to.equal(`Berkas data tidak sesuai format: mitra ke-2 (${id}), region.`);
    expect(datasetErrorMessage(error!, 'en')).to.equal(`The data file does not match the format: partner #2 (${id}), region.`);
  });

  it('names a file that is not an object as such, in both languages, not by a path', async () => {
    const errors: DatasetError[] = [];
    for (const raw of [[], 'data', 42]) await validateDataset(raw).catch((e: DatasetError) => errors.push(e));
    expect(errors).to.have.length(3);
    for (const error of errors) {
      expect(error.code).to.equal('invalid');
      expect(datasetErrorMessage(error, 'id')).to.equal('Berkas data tidak sesuai format: isinya bukan objek { … }.');
      expect(datasetErrorMessage(error, 'en')).to.equal('The data file does not match the format: it is not an object { … }.');
      expect(error.message).to.equal('the data must be an object { … }');
    }
  });
});
