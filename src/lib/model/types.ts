/**
 * The dataset format. A dataset is plain JSON (see README "Data format" and
 * data/schema/dataset.schema.json); these types are what `validateDataset`
 * guarantees once it has accepted one.
 */

/** An EDTF string of the subset we support, e.g. "2020-08-14", "2020-08~", "2020-08-09/2020-08-15", "1994/..". */
export type EdtfString = string;

export interface Dataset {
  meta: DatasetMeta;
  /** Named sets of actors (security forces, a state's organs) that filters and lanes can use. */
  groups?: ActorGroup[];
  actors: Actor[];
  places: Place[];
  events: EventRecord[];
}

export interface DatasetMeta {
  title: string;
  description: string;
  /** BCP 47 language tag of the titles and summaries, e.g. "en". */
  language: string;
  /**
   * Publication date of the reporting the dataset is built from (EDTF day). Relative dates are
   * resolved against it. Absent when there is no such date (an imported spreadsheet).
   */
  published?: EdtfString;
  sources: Source[];
  /** Event types beyond the built-in ones (see eventTypes.ts), e.g. ACLED's or a TimelineJS group. */
  types?: DeclaredEventType[];
  license?: string;
  credit?: string;
  /** The editor's order for story mode: event ids. Without it the story follows time. */
  story?: string[];
}

export interface DeclaredEventType {
  /** A slug, not one of the built-in type ids. */
  id: string;
  label: string;
}

export interface Source {
  id: string;
  publisher: string;
  title: string;
  /** Only when known (a link found in an imported file has none). */
  published?: EdtfString;
  author?: string;
  /** Only when known; never invented. */
  url?: string;
}

export const ACTOR_KINDS = [
  'person',
  'group',
  'institution',
  'state',
  'media',
  'organization',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  description: string;
  /** Other spellings a reader may search for (Lukashenka, Лукашенко). */
  aliases?: string[];
  /** Ids of the groups (dataset `groups`) the actor belongs to. */
  groups?: string[];
}

/**
 * A named set of actors: "Security forces" for police, riot police and the
 * interior ministry. Ticking a group in the filters means any of its members.
 */
export interface ActorGroup {
  id: string;
  name: string;
  description?: string;
}

export const PLACE_PRECISIONS = [
  'building',
  'street',
  'district',
  'city',
  'region',
  'country',
] as const;
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

export interface Place {
  id: string;
  name: string;
  /** WGS84 degrees. */
  lat: number;
  lon: number;
  precision: PlacePrecision;
  description: string;
  /** Other names and spellings (Akrestsina, Окрестина), searched too. */
  aliases?: string[];
}

/** Precisions at which a place is a point: the only ones exported with coordinates. */
export const POINT_PRECISIONS: readonly PlacePrecision[] = ['building', 'street'];

export interface EventActor {
  id: string;
  /** What this actor did in the event, in the article's terms: "detained", "released", "speaker"... */
  role?: string;
}

export const FIGURE_QUALIFIERS = [
  'exact',
  'at least',
  'over',
  'about',
  'at most',
  'several',
  'hundreds of',
  'thousands of',
] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

export interface Figure {
  /** The number as the article gives it; for "hundreds of" the value is the lower bound, 100. */
  value: number;
  /** What is counted, plural: "protesters detained", "percent of the vote". */
  unit: string;
  qualifier: FigureQualifier;
  /**
   * Id of another event that reports this same count (a return and its
   * announcement both give 32): sums should count it once, there.
   */
  sameAs?: string;
}

export interface Citation {
  /** Id of an entry in meta.sources. */
  source: string;
  /** The exact words of the source, verbatim. */
  quote: string;
  /** 1-based number of the paragraph (non-empty line of the source text) the quote is in, when known. */
  paragraph?: number;
}

export interface EventRecord {
  /** Stable slug (see slug.ts); used in links. */
  id: string;
  date: EdtfString;
  type: string;
  title: string;
  /** Our own words, one or two sentences. */
  summary: string;
  actors: EventActor[];
  /** Place id, or null when the event has no place. */
  place: string | null;
  figures: Figure[];
  sources: Citation[];
  /** How the date was derived, or why it is imprecise. */
  dateNote?: string;
  tags?: string[];
  /** A key event of the story: drawn larger and always labelled on the timeline. */
  key?: boolean;
  /** What reporting other than the cited sources says: agreement, or a correction. */
  otherReporting?: OtherReport[];
  /**
   * Where the event's `date` comes from: the cited sources (the default), or
   * other reporting that contradicts them (an `otherReporting` entry about the
   * date; the sources' own wording stays in the quote and `dateNote`).
   */
  dateBasis?: DateBasis;
}

export const DATE_BASES = ['sources', 'other reporting'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/** What part of an event another report bears on. */
export const REPORT_ASPECTS = ['date', 'place', 'actors', 'figures', 'account'] as const;
export type ReportAspect = (typeof REPORT_ASPECTS)[number];

/** Another outlet's report on the same event, in our words, with whether it agrees. */
export interface OtherReport {
  /** Who published it: "TASS", "Meduza". */
  outlet: string;
  /** When it was published (EDTF, normally a day). */
  published: EdtfString;
  /** Its headline, when known. */
  title?: string;
  /** Only when known; never invented. */
  url?: string;
  /** What it reports, in our own words. */
  says: string;
  /** False when it contradicts the cited sources. */
  agrees: boolean;
  /** What it bears on (date, place, actors, figures, account), when it says. */
  about?: ReportAspect[];
}
