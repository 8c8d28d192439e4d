import { expect } from '@open-wc/testing';
import { basemap as shipped, createBasemapSvg, type Basemap } from '../../src/sister-city-map/basemap.js';

const tiny: Basemap = {
  world: 100,
  maxLatitude: 85.0511287798,
  countries: [
    ['AA', 'M10 10l10 0 0 10z'],
    ['', 'M50 50l5 0 0 5z'],
    ['BB', 'M70 20l5 0 0 5zm10 10l2 0 0 2z'],
  ],
};

describe('basemap', () => {
  it('builds one SVG two worlds wide: every country twice, the second copy one world east', () => {
    const { svg, byCode } = createBasemapSvg(tiny);
    expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('viewBox')).to.equal('0 0 200 100');
    expect(svg.getAttribute('preserveAspectRatio')).to.equal('none');
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.hasAttribute('style')).to.equal(false);
    const [first, second] = [...svg.children];
    expect(svg.children).to.have.length(2);
    expect(first.getAttribute('transform')).to.equal(null);
    expect(second.getAttribute('transform')).to.equal('translate(100 0)');
    for (const copy of [first, second]) {
      expect([...copy.children].map((p) => p.getAttribute('d'))).to.deep.equal(tiny.countries.map(([, d]) => d));
      expect([...copy.children].every((p) => p.localName === 'path' && p.getAttribute('class') === 'land')).to.equal(true);
    }
    expect([...byCode.keys()]).to.deep.equal(['AA', 'BB']);
    expect(byCode.get('BB')).to.deep.equal([first.children[2], second.children[2]]);
  });

  it('ships the outlines as projected path data with codes, both copies fitting the drawn box', () => {
    const basemap = shipped;
    expect(basemap.world).to.equal(8192);
    expect(basemap.countries.length).to.be.greaterThan(170);
    const codes = basemap.countries.map(([code]) => code).filter(Boolean);
    expect(new Set(codes).size).to.equal(codes.length);
    expect(codes).to.include.members(['ID', 'NL', 'US', 'FJ', 'RU', 'XK']);
    for (const [, d] of basemap.countries) expect(d).to.match(/^M[-\d ]+l[-\d ]+z(m[-\d ]+l[-\d ]+z)*$/);
    // Rendered, the land lies within the world, but for Fiji and Chukotka drawn whole east of 180° (to 190° E).
    const { svg } = createBasemapSvg(basemap);
    document.body.append(svg);
    try {
      const box = (svg.children[0] as SVGGElement).getBBox();
      expect(box.x).to.be.within(-50, 0);
      expect(box.x + box.width).to.be.closeTo(8192 * (370 / 360), 12);
      // Tierra del Fuego (about 55.6° S) to the north of Greenland (83.6° N), in Web Mercator.
      expect(box.y).to.be.within(4096 - (4096 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (83.7 * Math.PI) / 360)), 4096 - (4096 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (83.5 * Math.PI) / 360)));
      expect(box.y + box.height).to.be.closeTo(4096 + (4096 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (55.6 * Math.PI) / 360)), 4);
    } finally {
      svg.remove();
    }
  });
});
