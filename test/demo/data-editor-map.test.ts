import { expect } from '@open-wc/testing';
import { countryList, project, searchCountries, unproject, viewAround, worldView } from '../../demo/data-editor-map.js';
import basemapJson from '../../src/sister-city-map/basemap-data.json';
import data from '../../data/jakarta-2024.json';
import type { Basemap } from '../../src/sister-city-map/basemap.js';

const basemap = basemapJson as unknown as Basemap;

describe('data editor: country list and coordinate picker', () => {
  it('projects and unprojects Web Mercator to 4 decimals (Jakarta, Busan, the antimeridian)', () => {
    const jakarta = project(basemap, -6.175, 106.8275);
    expect(jakarta.x).to.be.closeTo(((106.8275 + 180) / 360) * 8192, 1e-9);
    expect(jakarta.y).to.be.greaterThan(4096); // south of the equator: lower half
    expect(unproject(basemap, jakarta.x, jakarta.y)).to.deep.equal({ lat: -6.175, lon: 106.8275 });
    const busan = project(basemap, 35.1796, 129.0756);
    expect(unproject(basemap, busan.x, busan.y)).to.deep.equal({ lat: 35.1796, lon: 129.0756 });
    // Past the right edge of the world (the basemap's rings run on across the antimeridian).
    expect(unproject(basemap, 8192 + 4096, 4096)).to.deep.equal({ lat: 0, lon: 0 });
    expect(unproject(basemap, 0, 0).lat).to.be.closeTo(basemap.maxLatitude, 1e-4);
  });

  it('names countries as the data does, else with Intl.DisplayNames, and takes the region from the data', () => {
    const list = countryList(basemap, data as unknown as Record<string, unknown>, 'id');
    const kr = list.find((c) => c.code === 'KR')!;
    expect(kr.name).to.deep.equal({ id: 'Korea Selatan', en: 'South Korea' });
    expect(kr.region).to.equal('asia');
    const ps = list.find((c) => c.code === 'PS')!;
    expect(ps.name).to.deep.equal(data.partners.find((p) => p.id === 'jerusalem')!.country.name);
    const br = list.find((c) => c.code === 'BR')!;
    expect(br.name.en).to.equal('Brazil');
    expect(br.region).to.equal(undefined);
    expect(new Set(list.map((c) => c.code)).size).to.equal(list.length);
    // Sorted by name in the language asked for.
    const names = list.map((c) => c.name.id);
    expect(names).to.deep.equal([...names].sort(new Intl.Collator('id').compare));
  });

  it('finds countries by code or by a name in either language, accents aside', () => {
    const list = countryList(basemap, data as unknown as Record<string, unknown>, 'en');
    expect(searchCountries(list, 'korea').map((c) => c.code).sort()).to.deep.equal(['KP', 'KR']);
    expect(searchCountries(list, 'Jerman').map((c) => c.code)).to.deep.equal(['DE']);
    expect(searchCountries(list, 'de').some((c) => c.code === 'DE')).to.equal(true);
    expect(searchCountries(list, 'cote').map((c) => c.code)).to.include('CI');
    expect(searchCountries(list, '  ')).to.have.length(list.length);
  });

  it('frames a country with a margin at 16:10, never smaller than a sixtieth of the world', () => {
    const small = viewAround({ x: 1000, y: 2000, width: 10, height: 10 }, basemap);
    expect(small.w / small.h).to.be.closeTo(1.6, 1e-9);
    expect(small.h).to.be.closeTo(8192 / 60, 1e-9);
    expect(small.x + small.w / 2).to.equal(1005);
    const tall = viewAround({ x: 1000, y: 2000, width: 100, height: 400 }, basemap);
    expect(tall.h).to.be.closeTo(640, 1e-9);
    expect(tall.w).to.be.closeTo(1024, 1e-9);
    expect(tall.y + tall.h / 2).to.equal(2200);
    const w = worldView(basemap);
    expect(w.w).to.equal(8192);
  });
});
