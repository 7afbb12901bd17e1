import { englishRegionName } from '../locale/intl-tables.js';
import { isInEea } from '../model/countries.js';
import { type CatalogFiles, presetSourceEntries, presetSources } from './schema.js';

/** Ids one catalog uses from another: a dangling one is a bug in the shipped data. */
export function danglingReferences(c: CatalogFiles): string[] {
  const problems: string[] = [];
  const expect = (where: string, catalog: Record<string, unknown>, ids: Iterable<string>, name: string) => {
    for (const id of ids) if (!(id in catalog)) problems.push(`${where}: unknown ${name} '${id}'`);
  };
  for (const [id, preset] of Object.entries(c['activity-presets'])) {
    const where = `activity-presets.${id}`;
    expect(where, c['data-subjects'], preset.dataSubjects, 'data subject');
    expect(where, c['data-categories'], preset.dataCategories, 'data category');
    expect(
      where,
      c.purposes,
      preset.purposes.map((p) => p.purpose),
      'purpose',
    );
    expect(
      where,
      c['retention-presets'],
      preset.retention.map((r) => r.preset),
      'retention preset',
    );
    if (preset.requirement) expect(where, c['provision-requirements'], [preset.requirement], 'provision requirement');
    expect(where, c['data-sources'], presetSources(preset), 'data source');
    expect(where, c.processors, preset.recipients ?? [], 'processor');
  }
  for (const [id, entry] of Object.entries(c['data-categories'])) {
    if (entry.thirdParty) expect(`data-categories.${id}`, c['data-sources'], [entry.thirdParty], 'data source');
  }
  for (const [id, entry] of Object.entries(c.purposes)) {
    if (entry.thirdParty) expect(`purposes.${id}`, c['data-sources'], [entry.thirdParty], 'data source');
  }
  for (const [id, preset] of Object.entries(c['retention-presets'])) {
    expect(`retention-presets.${id}`, c['retention-events'], [preset.from], 'retention event');
    expect(`retention-presets.${id}`, c['retention-reasons'], [preset.reason], 'retention reason');
    if (preset.followUp) expect(`retention-presets.${id}`, c['retention-follow-ups'], [preset.followUp], 'retention follow-up');
    expect(`retention-presets.${id}`, c['data-categories'], preset.keeps ?? [], 'data category');
  }
  for (const [id, followUp] of Object.entries(c['retention-follow-ups'])) {
    expect(`retention-follow-ups.${id}`, c['retention-events'], [followUp.event], 'retention event');
  }
  for (const [id, reason] of Object.entries(c['retention-reasons'])) {
    expect(`retention-reasons.${id}`, c.purposes, reason.purposes ?? [], 'purpose');
  }
  for (const [id, category] of Object.entries(c['data-categories']))
    if (category.holdsSpecial && !category.special) problems.push(`data-categories.${id}.holdsSpecial: the category is not marked special`);
  for (const [id, preset] of Object.entries(c['activity-presets'])) {
    for (const category of preset.businessCustomersOnly ?? [])
      if (!preset.dataCategories.includes(category))
        problems.push(`activity-presets.${id}.businessCustomersOnly: '${category}' is not one of its dataCategories`);
    for (const { from, data } of presetSourceEntries(preset))
      for (const category of data ?? [])
        if (!preset.dataCategories.includes(category))
          problems.push(`activity-presets.${id}.source: '${category}' (from '${from}') is not one of its dataCategories`);
  }
  for (const [id, arrangement] of Object.entries(c['joint-arrangements'])) {
    expect(`joint-arrangements.${id}`, c['activity-presets'], arrangement.presets ?? [], 'activity preset');
  }
  for (const [id, type] of Object.entries(c['business-types'])) {
    expect(`business-types.${id}`, c['activity-presets'], type.activities, 'activity preset');
    expect(`business-types.${id}.ticked`, c['activity-presets'], type.ticked ?? [], 'activity preset');
  }
  const countries = (codes: string[], where: string) => {
    for (const code of codes) if (englishRegionName(code) === undefined) problems.push(`${where}: unknown country '${code}'`);
  };
  for (const [id, p] of Object.entries(c.processors)) {
    countries(p.countries, `processors.${id}`);
    if (p.safeguard) expect(`processors.${id}`, c.safeguards, [p.safeguard], 'safeguard');
  }
  countries(c.countries.eea, 'countries.eea');
  countries(Object.keys(c.countries.adequacy), 'countries.adequacy');
  for (const eu of c.countries.eu) if (!isInEea(eu, c)) problems.push(`countries.eu: ${eu} missing from eea`);
  for (const [id, a] of Object.entries(c['supervisory-authorities'])) countries([a.country], `supervisory-authorities.${id}`);
  for (const code of c.countries.eea) {
    if (!Object.values(c['supervisory-authorities']).some((a) => a.country === code)) {
      problems.push(`supervisory-authorities: no authority for EEA state ${code}`);
    }
  }
  for (const [id, entry] of Object.entries(c.cookies)) {
    const where = `cookies.${id}`;
    if (!(id in c.processors)) problems.push(`${where}: unknown processor '${id}' (the cookie catalog is keyed by processor id)`);
    expect(
      where,
      c['cookie-categories'],
      entry.cookies.map((cookie) => cookie.category),
      'cookie category',
    );
    const names = entry.cookies.map((cookie) => cookie.name);
    for (const name of new Set(names.filter((name, i) => names.indexOf(name) !== i)))
      problems.push(`${where}: cookie '${name}' listed twice`);
  }
  // A service that always recognises returning visitors has cookies to declare: the catalog must know them.
  for (const [id, p] of Object.entries(c.processors)) {
    if (p.trackingCookies && !c.cookies[id]?.cookies.length)
      problems.push(`processors.${id}: trackingCookies, but cookies.yaml lists none of its cookies`);
  }
  for (const [id, p] of Object.entries(c.purposes)) {
    if (p.suggestedBasis === 'legitimate-interests' && !p.interest) {
      problems.push(`purposes.${id}: a purpose suggesting legitimate interests must name the interest`);
    }
  }
  return problems;
}
