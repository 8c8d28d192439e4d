/**
 * The dataset format, as TypeScript types. `data/schema.json` (JSON Schema
 * 2020-12) describes the same format for people who publish their own file;
 * `test/data/dataset.test.ts` keeps the two in step.
 */

/** The languages every reader-facing string exists in. */
export type Lang = 'id' | 'en';

/** A reader-facing text in both languages. */
export interface LocalizedText {
  id: string;
  en: string;
}

import type { Region } from './partners.js';

export type { Region };
export type PartnerKind =
  | 'sister-city'
  | 'sister-state'
  | 'sister-province'
  | 'friendship-city';
export type Confidence = 'high' | 'medium' | 'low';
export type Sector =
  | 'governance'
  | 'environment'
  | 'education'
  | 'health'
  | 'diplomacy'
  | 'planning';

export interface Country {
  /** ISO 3166-1 alpha-2 code, upper case. */
  code: string;
  name: LocalizedText;
}

/** A headline figure: "102 cooperation agreements in 2024". */
export interface Metric {
  /** Stable id used by `<cooperation-counter metric="…">`. */
  id: string;
  /** The figure. The loader turns a value that is not a number into NaN. */
  value: number;
  /** Text shown after the number. */
  label: LocalizedText;
  /** The year the figure describes. */
  year: number;
  /** Ids of entries in `sources` (at least one). */
  sources: string[];
  /** Ids of entries in `notes` that qualify this figure. */
  notes?: string[];
}

/** Jakarta's own point on the map. */
export interface HomeCity {
  id: string;
  name: LocalizedText;
  country: Country;
  lat: number;
  lon: number;
  sources: string[];
}

/** One sister-city (or state, province, friendship-city) partner. */
export interface Partner {
  id: string;
  name: LocalizedText;
  country: Country;
  region: Region;
  kind: PartnerKind;
  /** Year of the first agreement a source states; null when unknown or disputed. */
  since: number | null;
  /**
   * Latitude and longitude in decimal degrees. A published file must give
   * both; the loader turns a missing or out-of-range pair into null, and the
   * map then skips that partner (the table still lists it).
   */
  lat: number | null;
  lon: number | null;
  confidence: Confidence;
  /** Ids of the sources of the tie itself (its existence, its year, its kind). */
  sources: string[];
  /** Ids of the sources of `lat`/`lon` (a gazetteer, an encyclopedia), kept apart from the tie's sources. */
  locationSources?: string[];
  /** Ids of entries in `notes` about this partner (disputed year, etc.). */
  notes?: string[];
}

/** The key figure a programme card makes prominent. */
export interface KeyFigure {
  value: number;
  /** Text shown after the number, e.g. "rumah sakit daerah" / "public hospitals". */
  label: LocalizedText;
  /** Id of the matching headline figure, when there is one. */
  metric?: string;
  /** "at least 100": the value is a lower bound. */
  atLeast?: boolean;
}

export interface Program {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  sector: Sector;
  /** Ids of partners in `partners`; may be empty (e.g. domestic programmes). */
  partners: string[];
  /** Other counterparts named in text (e.g. "C40 Cities Finance Facility"). */
  counterparts?: LocalizedText[];
  keyFigure: KeyFigure;
  /**
   * The year the programme started, or, when its start is not known, the year
   * it was reported. With `endYear`, a period such as 2025–2045.
   */
  year: number;
  endYear?: number;
  sources: string[];
  notes?: string[];
}

export interface Source {
  id: string;
  title: string;
  /** BCP 47 language tag of the title (`id`, `en`, `ja`…), when known: marks it with `lang` for screen readers. */
  lang?: string;
  /**
   * Who published it: a name as one string (a proper name reads the same in
   * both languages: "Kompas", "Land Berlin, Senatskanzlei"), or, when it says
   * more than a name ("Kompas (archive copy on the reporter’s blog)"), in both
   * languages.
   */
  publisher: string | LocalizedText;
  /**
   * Only `https:` and `http:` URLs are kept: the loader replaces any other
   * (`javascript:`, `data:`, relative) with an empty string, shown as no link.
   */
  url: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of publication, when known. */
  date?: string;
  /** For reviewers: primary, news or secondary (see data/schema.json). The widgets ignore it. */
  kind?: 'primary' | 'news' | 'secondary';
}

/** Where sources disagree: shown to readers, not hidden. */
export interface Note {
  id: string;
  text: LocalizedText;
  sources: string[];
}

export interface Dataset {
  schemaVersion: 1;
  id: string;
  title: LocalizedText;
  /** ISO date the figures are valid for. */
  asOf: string;
  city: HomeCity;
  metrics: Metric[];
  partners: Partner[];
  programs: Program[];
  sources: Source[];
  notes: Note[];
}
