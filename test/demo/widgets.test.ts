import { expect } from '@open-wc/testing';
import {
  attributesFor,
  defaultSettings,
  embedQuery,
  isValidValue,
  METRIC_IDS,
  PARTNER_IDS,
  parseEmbedParams,
  PROGRAM_IDS,
  SPECS,
  WIDGETS,
  type Param,
} from '../../demo/widgets.js';
import data from '../../data/jakarta-2024.json';

const param = (widget: keyof typeof SPECS, name: string): Param => SPECS[widget].params.find((p) => p.name === name)!;

describe('demo widget specs', () => {
  it('offers exactly the dataset ids for metric, program and selected partner', () => {
    expect(METRIC_IDS).to.deep.equal(data.metrics.map((m) => m.id));
    expect(PROGRAM_IDS).to.deep.equal(data.programs.map((p) => p.id));
    expect(PARTNER_IDS).to.have.length(23);
    expect(PARTNER_IDS).to.include('jeju');
    expect(param('sister-city-list', 'selected')).to.include({ kind: 'enum' });
    expect((param('sister-city-list', 'selected') as { values: readonly string[] }).values).to.deep.equal(['', ...PARTNER_IDS]);
  });

  it('gives every widget lang and theme, with lang always written', () => {
    for (const widget of WIDGETS) {
      const names = SPECS[widget].params.map((p) => p.name);
      expect(names, widget).to.include.members(['lang', 'theme']);
      expect(new Set(names).size, `${widget} has no duplicate parameter`).to.equal(names.length);
      expect(attributesFor(widget, defaultSettings(widget)).map(([n]) => n), widget).to.include('lang');
    }
  });

  it('validates values by kind', () => {
    expect(isValidValue(param('cooperation-counter', 'metric'), 'agreements')).to.equal(true);
    expect(isValidValue(param('cooperation-counter', 'metric'), 'agreement')).to.equal(false);
    expect(isValidValue(param('program-card', 'heading-level'), '2')).to.equal(true);
    expect(isValidValue(param('program-card', 'heading-level'), '6')).to.equal(true);
    expect(isValidValue(param('program-card', 'heading-level'), '7')).to.equal(false);
    expect(isValidValue(param('program-card', 'heading-level'), '1')).to.equal(false);
    expect(isValidValue(param('program-card', 'heading-level'), '3.5')).to.equal(false);
    expect(isValidValue(param('cooperation-counter', 'label'), 'x'.repeat(160))).to.equal(true);
    expect(isValidValue(param('cooperation-counter', 'label'), 'x'.repeat(161))).to.equal(false);
    expect(isValidValue(param('cooperation-counter', 'label'), 'a\nb')).to.equal(false);
    expect(isValidValue(param('sister-city-map', 'height'), '420px')).to.equal(true);
    expect(isValidValue(param('sister-city-map', 'height'), '420')).to.equal(false);
    expect(isValidValue(param('sister-city-map', 'height'), 'calc(1px)')).to.equal(false);
    expect(isValidValue(param('sister-city-map', 'aspect-ratio'), '16/9')).to.equal(true);
    expect(isValidValue(param('sister-city-map', 'aspect-ratio'), '16/9;color:red')).to.equal(false);
  });

  it('leaves defaults out of the attributes, except lang and the main id', () => {
    expect(attributesFor('cooperation-counter', defaultSettings('cooperation-counter'))).to.deep.equal([
      ['metric', 'agreements'],
      ['lang', 'id'],
    ]);
    expect(
      attributesFor('sister-city-list', {
        ...defaultSettings('sister-city-list'),
        region: 'europe',
        'no-controls': 'true',
        theme: 'dark',
        lang: 'en',
      }),
    ).to.deep.equal([
      ['region', 'europe'],
      ['no-controls', ''],
      ['lang', 'en'],
      ['theme', 'dark'],
    ]);
  });
});

describe('embed.html parameters', () => {
  const parse = (query: string) => parseEmbedParams(new URLSearchParams(query));

  it('accepts a widget with valid parameters', () => {
    const result = parse('widget=program-card&program=higa&variant=compact&heading-level=2&lang=en&theme=dark');
    expect(result).to.deep.equal({
      ok: true,
      widget: 'program-card',
      id: 'program-card',
      attributes: [
        ['program', 'higa'],
        ['variant', 'compact'],
        ['heading-level', '2'],
        ['lang', 'en'],
        ['theme', 'dark'],
      ],
    });
  });

  it('fills the defaults the snippet leaves out', () => {
    const result = parse('widget=cooperation-counter');
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.attributes).to.deep.equal([['metric', 'agreements'], ['lang', 'id']]);
  });

  it('turns a boolean on with or without a value', () => {
    for (const q of ['no-controls', 'no-controls=', 'no-controls=true', 'no-controls=no-controls']) {
      const result = parse(`widget=sister-city-list&${q}`);
      expect(result.ok && result.attributes.some(([n]) => n === 'no-controls'), q).to.equal(true);
    }
    const off = parse('widget=sister-city-list&no-controls=false');
    expect(off.ok && off.attributes.some(([n]) => n === 'no-controls')).to.equal(false);
  });

  it('refuses a missing or unknown widget', () => {
    expect(parse('')).to.deep.equal({ ok: false, problems: [{ code: 'missing-widget' }] });
    expect(parse('widget=evil')).to.deep.equal({ ok: false, problems: [{ code: 'unknown-widget', value: 'evil' }] });
    expect(parse('widget=script')).to.have.property('ok', false);
  });

  it('refuses unknown parameters, bad values and repeated parameters, listing each', () => {
    const result = parse('widget=cooperation-counter&metric=nope&onload=alert(1)&lang=fr&lang=en&src=https://evil.example/x.json');
    expect(result).to.deep.equal({
      ok: false,
      problems: [
        { code: 'bad-value', name: 'metric', value: 'nope' },
        { code: 'unknown-param', name: 'onload' },
        { code: 'bad-value', name: 'lang', value: 'fr' },
        { code: 'duplicate-param', name: 'lang' },
        // A page on our origin does not load other people's data.
        { code: 'unknown-param', name: 'src' },
      ],
    });
  });

  it('refuses another widget’s parameter', () => {
    expect(parse('widget=program-card&metric=agreements')).to.deep.equal({
      ok: false,
      problems: [{ code: 'unknown-param', name: 'metric' }],
    });
  });

  it('echoes a safe id and refuses an unsafe one', () => {
    const ok = parse('widget=sister-city-map&id=map-1');
    expect(ok.ok && ok.id).to.equal('map-1');
    expect(parse('widget=sister-city-map&id=<x>')).to.deep.equal({
      ok: false,
      problems: [{ code: 'bad-value', name: 'id', value: '<x>' }],
    });
  });

  it('round-trips the gallery settings through the embed query', () => {
    for (const widget of WIDGETS) {
      const settings = { ...defaultSettings(widget), lang: 'en', theme: 'auto' };
      const query = embedQuery(widget, settings);
      expect(query.get('widget')).to.equal(widget);
      const result = parseEmbedParams(query);
      expect(result.ok, widget).to.equal(true);
      if (result.ok) expect(result.attributes, widget).to.deep.equal(attributesFor(widget, settings));
    }
  });
});
