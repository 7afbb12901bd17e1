/**
 * The resolved model: the answers with every preset merged, every catalog id looked up and every
 * derived fact computed once. Check rules, view builders and the wizard read this, so none of
 * them merges a preset, decides EEA membership or checks an enterprise number on its own.
 * Each resolved part keeps `answer`, the part of the answers it comes from, for paths and raw
 * fields. A fact the answers lack is `undefined` here (a check rule reports it), never a guess.
 */
import type { EnterpriseNumberCheck } from '../answers/enterprise-number.js';
import type { PathSegment } from '../answers/problems.js';
import type { Activity, Answers, Prose, Recipient, RetentionRule } from '../answers/schema.js';
import type { CatalogFiles, CollectionPoint, CookieLifetime, LegalBasisId, Localized, Period } from '../catalogs/schema.js';
import type { ChangesSince } from '../diff/types.js';
import type { Country } from './countries.js';
import type { SiteModel } from './site.js';
import type { Text } from './text.js';

/** The entry type of a catalog that maps ids to entries. */
export type EntryOf<K extends keyof CatalogFiles> = CatalogFiles[K] extends Record<string, infer E> ? E : never;

/** A catalog id with its entry. */
export interface Entry<E> {
  id: string;
  entry: E;
}

/** A catalog id with its entry, or the user's own text in its place (the wizard's "other…"); tell them apart by `own`. */
export type Ref<E> = { id: string; entry: E; own: undefined } | { id: undefined; entry: undefined; own: Prose };

/** A reference as the notice names it: the entry's label, or the user's own text. */
export type Labelled<E> = Ref<E> & { label: Text };

export interface ControllerModel {
  answer: Answers['controller'];
  country: Country;
  /** The Belgian check of the enterprise number; undefined without a number or outside Belgium. */
  belgianEnterpriseNumber: EnterpriseNumberCheck | undefined;
  /** Whether the postal code is written as its country writes them (the countries catalog); undefined for a country not listed there. */
  postalCode: { fits: boolean; example: string } | undefined;
}

export interface PurposeModel {
  answer: Activity['purposes'][number];
  purpose: Labelled<EntryOf<'purposes'>>;
  basis: { id: LegalBasisId; entry: CatalogFiles['legal-bases'][LegalBasisId] };
  /** The interest pursued: the user's words, else the catalog purpose's (asked for legitimate interests). */
  interest: Text | undefined;
  directMarketing: boolean;
  monitoring: boolean;
}

/**
 * What a retention rule says about time, complete or not: "10 years" after an event, "until" an
 * event, or what it lacks (no event at all; an own event, which has no "until" wording, without a
 * period).
 */
export type RetentionSpan =
  | { kind: 'after'; period: Period; event: Text }
  | { kind: 'until'; event: Text }
  | { kind: 'lacks'; missing: 'from' | 'period' };

export interface RetentionModel {
  answer: RetentionRule;
  preset: Entry<EntryOf<'retention-presets'>> | undefined;
  period: Period | undefined;
  from: Ref<EntryOf<'retention-events'>> | undefined;
  reason: Labelled<EntryOf<'retention-reasons'>> | undefined;
  /** The data it covers: those it names, else those of its activity's that its preset keeps (`keeps`), else all of its activity's. */
  data: Labelled<EntryOf<'data-categories'>>[];
  /**
   * The data as the notice names them: those it names, else what its reason covers where the
   * catalog says (a proof-of-consent rule keeps only the proof), else all of its activity's.
   */
  covers: Text[];
  span: RetentionSpan;
  /** What may follow and keep the data longer ("or, if a contract follows, until the end of the contract"): the rule's, else its preset's. */
  followUp: Entry<EntryOf<'retention-follow-ups'>> | undefined;
}

export interface SourceModel {
  from: Labelled<EntryOf<'data-sources'>>;
  publiclyAccessible: boolean;
  /** The data this source supplies; undefined: all of the activity's. */
  data: Labelled<EntryOf<'data-categories'>>[] | undefined;
}

export interface ActivityModel {
  answer: Activity;
  preset: Entry<EntryOf<'activity-presets'>> | undefined;
  /** Undefined when the activity has neither a name nor a preset (rule activity-name). */
  name: Text | undefined;
  description: Text | undefined;
  dataSubjects: Labelled<EntryOf<'data-subjects'>>[];
  dataCategories: Labelled<EntryOf<'data-categories'>>[];
  purposes: PurposeModel[];
  specialCategories: {
    category: Labelled<EntryOf<'data-categories'>>;
    condition: Entry<EntryOf<'special-conditions'>>;
    /** What Art. 9(1) calls these data when the category is not itself one of its (a patient file holds data concerning health). */
    holds: Text | undefined;
  }[];
  /** Where data not obtained from the person come from (Art. 14(2)(f)); several are alternatives. */
  sources: SourceModel[];
  /** The person gives these data too, so the sources are alternatives to the person. */
  alsoFromYou: boolean;
  /**
   * Some of the data come from the person (Art. 13 applies to them): there is no source, or the
   * person gives the data too, or a source supplies only the data it names. Decided here once,
   * for check (requirement-stated) and the collection point.
   */
  fromThePerson: boolean;
  requirement: Labelled<EntryOf<'provision-requirements'>> | undefined;
  /** Its data on criminal convictions and offences (catalog `criminal`), and the law that authorises them (Art. 10). */
  criminalData: Labelled<EntryOf<'data-categories'>>[];
  criminalRecords: Labelled<EntryOf<'criminal-record-laws'>> | undefined;
  retention: RetentionModel[];
  /** Two of its retention rules keep the same data, each for its own reason: the one that ends last decides. */
  periodsOverlap: boolean;
  /** Some of its people are minors (`minors: true`). */
  minors: boolean;
  /** Its people include those who act for minors (parents or guardians: catalog `actForMinors`). */
  actsForMinors: boolean;
  /** Photos or video images (catalog `images`) of minors, published on consent: the notice says whose consent. */
  minorImages: boolean;
  /** Its special-category data or its monitoring are on a large scale (`largeScale: true`; Art. 37(1)(b), (c)). */
  largeScale: boolean;
  /**
   * Where the person hands these data over, so that a short notice stands there: as answered,
   * else as the preset says when the data come from the person; undefined: nowhere (`none`).
   */
  collection: CollectionPoint | undefined;
}

export interface RecipientModel {
  answer: Recipient;
  processor: Entry<EntryOf<'processors'>> | undefined;
  /** The kind of recipient, when it is named by category rather than by name. */
  category: Entry<EntryOf<'recipient-categories'>> | undefined;
  /** Its own name, else the processor's "name (entity)", else its category's label; undefined with none (rule recipient-identified). */
  name: Text | undefined;
  /** What it receives the data for: its own words, else the processor's service, its category's purpose or, for a joint controller, what its catalog arrangement concerns. */
  purpose: Text | undefined;
  countries: Country[];
  outsideEea: Country[];
  safeguard: Entry<EntryOf<'safeguards'>> | undefined;
  /** The safeguard the transfer relies on should the first lapse (standard contractual clauses behind a DPF certification). */
  fallback: Entry<EntryOf<'safeguards'>> | undefined;
  /** A joint controller's arrangement (Art. 26): what it concerns, and its essence; undefined without one (rule joint-arrangement). */
  arrangement: { label: Text | undefined; essence: Text } | undefined;
}

/** A cookie the website places, as the cookie declaration lists it. */
export interface CookieModel {
  name: string;
  /** Who places it: the service's recipient, as the notice names it, or the controller for its own. */
  provider: Text;
  party: 'first' | 'third';
  category: Entry<EntryOf<'cookie-categories'>>;
  lifetime: CookieLifetime;
  purpose: Text;
  /** Where the answers bring it in: its recipient's service, or its entry in `cookies.own`. */
  path: PathSegment[];
}

/** A recipient whose service places cookies through our website. */
export interface CookieServiceModel {
  /** Its position in `recipients`. */
  index: number;
  recipient: RecipientModel;
  /** Its cookie catalog entry; undefined when the catalog does not know its cookies (rule cookies-unknown). */
  catalog: Entry<EntryOf<'cookies'>> | undefined;
}

export interface CookiesModel {
  /** The recipients whose services place cookies through the website, each service once, in the answers' order. */
  services: CookieServiceModel[];
  /** Every cookie the declaration lists: each service's in catalog order, then the answers' own. */
  cookies: CookieModel[];
  /** Some cookie needs consent: a listed one, or a category cookies.categories names, is of a category that does. */
  consentRequired: boolean;
}

export type CustomAuthority = Exclude<Answers['supervisoryAuthority'], string | undefined>;
export type AuthorityModel =
  | { id: string; entry: EntryOf<'supervisory-authorities'>; custom: undefined }
  | { id: undefined; entry: undefined; custom: CustomAuthority };

export interface Model {
  answers: Answers;
  catalogs: CatalogFiles;
  controller: ControllerModel;
  activities: ActivityModel[];
  recipients: RecipientModel[];
  /** The recipients with a country outside the EEA, with or without a safeguard. */
  transfers: RecipientModel[];
  /** The authority the notice names; undefined when none is given and none follows from the country. */
  authority: AuthorityModel | undefined;
  /**
   * The age of digital consent (Art. 8) and the country whose age it is; undefined when unknown.
   * `provision`: the national provision that sets that age, when the catalog has it and the age is the catalog's.
   */
  children: { country: string; age: number | undefined; provision: Localized | undefined };
  basesUsed: ReadonlySet<LegalBasisId>;
  /** The Art. 9(2) conditions used, in the order they first appear. */
  conditionsUsed: Entry<EntryOf<'special-conditions'>>[];
  directMarketing: boolean;
  identityCheck: Entry<EntryOf<'identity-checks'>>;
  changes: Entry<EntryOf<'change-announcements'>>;
  cookieCategories: Entry<EntryOf<'cookie-categories'>>[];
  /** The cookies the website places, from its services and its own (model/cookies.ts). */
  cookies: CookiesModel;
  /** The national rule on cookies where the controller is established (Belgium: art. 10/2 of the Law of 30 July 2018), as cited. */
  cookieLaw: Localized | undefined;
  securityMeasures: Entry<EntryOf<'security-measures'>>[];
  /** Law beside the GDPR that the notice states: of the controller's country, brought in by an activity's data. */
  sectorLaws: Entry<EntryOf<'sector-laws'>>[];
  /** The mention a camera surveillance sign carries under the law of the controller's country; undefined where the catalog has none. */
  cameraSign: Localized | undefined;
  /**
   * What this version changes since an earlier one (`--changes-from`, core/diff/diff.ts): the
   * notice then lists it. Absent when no earlier version is given, as resolving never has one.
   */
  changesSince?: ChangesSince;
  /** The site's scan held against the answers (`check --site DIR`); undefined without a site. */
  site?: SiteModel;
}
