/**
 * Census 2021 ethnic group classification and the synonym tables behind harmoniseEthnicity: the 19
 * groups and 5 high-level groups, England / Wales / 2011 / NHS 2001 wordings, and the NHS Data
 * Dictionary ETHNIC CATEGORY codes with the caveats of each lossy mapping.
 *
 * @internal
 */
import { NOT_KNOWN, PREFER_NOT_TO_SAY, SynonymTable, type Resolution } from './censusHarmonise';

/** One of the 19 Census 2021 ethnic groups with its high-level group and question wordings. */
export interface EthnicGroup2021 {
  /** England and Wales output label, as in TS021: `Asian, Asian British or Asian Welsh: Indian`. */
  readonly label: string;
  /** High-level group (output label), e.g. `Asian, Asian British or Asian Welsh`. */
  readonly group: string;
  /** The subgroup part of the label, e.g. `Indian`. */
  readonly name: string;
  /** NHS Data Dictionary 2001 ethnic category code that maps here, if any. */
  readonly nhsCode?: string;
}

/** One of the 5 Census 2021 high-level ethnic groups with its England and Wales question headings. */
export interface EthnicHighLevelGroup2021 {
  /** Joint England and Wales output label. */
  readonly label: string;
  /** Heading on the England questionnaire. */
  readonly england: string;
  /** Heading on the Wales questionnaire. */
  readonly wales: string;
}

const ASIAN = 'Asian, Asian British or Asian Welsh';
const BLACK = 'Black, Black British, Black Welsh, Caribbean or African';
const MIXED = 'Mixed or Multiple ethnic groups';
const WHITE = 'White';
const OTHER = 'Other ethnic group';

/** The 5 high-level groups in TS021 order, with the England and Wales questionnaire headings (ONS 2021). */
// Frozen (array and entries): these are exported, and harmoniseEthnicity reads them on every call.
export const ethnicHighLevelGroups2021: ReadonlyArray<EthnicHighLevelGroup2021> = Object.freeze([
  { label: ASIAN, england: 'Asian or Asian British', wales: 'Asian, Asian Welsh or Asian British' },
  { label: BLACK, england: 'Black, Black British, Caribbean or African', wales: 'Black, Black Welsh, Black British, Caribbean or African' },
  { label: MIXED, england: 'Mixed or Multiple ethnic groups', wales: 'Mixed or Multiple ethnic groups' },
  { label: WHITE, england: 'White', wales: 'White' },
  { label: OTHER, england: 'Other ethnic group', wales: 'Other ethnic group' },
].map((h) => Object.freeze(h)));

const g = (group: string, name: string, nhsCode?: string): EthnicGroup2021 => Object.freeze({ label: `${group}: ${name}`, group, name, ...(nhsCode === undefined ? {} : { nhsCode }) });

/** The 19 Census 2021 ethnic groups in TS021 order (England and Wales output labels). */
export const ethnicGroups2021: ReadonlyArray<EthnicGroup2021> = Object.freeze([
  g(ASIAN, 'Bangladeshi', 'K'),
  g(ASIAN, 'Chinese', 'R'),
  g(ASIAN, 'Indian', 'H'),
  g(ASIAN, 'Pakistani', 'J'),
  g(ASIAN, 'Other Asian', 'L'),
  g(BLACK, 'African', 'N'),
  g(BLACK, 'Caribbean', 'M'),
  g(BLACK, 'Other Black', 'P'),
  g(MIXED, 'White and Asian', 'F'),
  g(MIXED, 'White and Black African', 'E'),
  g(MIXED, 'White and Black Caribbean', 'D'),
  g(MIXED, 'Other Mixed or Multiple ethnic groups', 'G'),
  g(WHITE, 'English, Welsh, Scottish, Northern Irish or British', 'A'),
  g(WHITE, 'Irish', 'B'),
  g(WHITE, 'Gypsy or Irish Traveller'),
  g(WHITE, 'Roma'),
  g(WHITE, 'Other White', 'C'),
  g(OTHER, 'Arab'),
  g(OTHER, 'Any other ethnic group', 'S'),
]);

/** Label of the detailed category for a value that records only the high-level group. */
export function groupOnlyLabel(group: string): string {
  return `${group}: detail not recorded`;
}

const CAVEAT_C =
  'NHS code C (White - Any other White background) also holds people who would choose Gypsy or Irish Traveller or Roma in 2021, which have no 2001 code: against the census those groups are under-counted and Other White over-counted.';
const CAVEAT_S =
  'NHS code S (Other Ethnic Groups - Any other ethnic group) also holds people who would choose Arab in 2021, which has no 2001 code: Arab is under-counted and Any other ethnic group over-counted.';
const CAVEAT_R =
  'NHS code R (Chinese) sat under "Other Ethnic Groups" in the 2001 classification; Census 2021 places Chinese in the Asian high-level group, so it is counted as Asian here.';
export const CAVEAT_LOCAL =
  'A two-character NHS code was read by its first (national) character; the local second character is ignored.';
const CAVEAT_GROUP_ONLY =
  'Only the high-level group was recorded; at detail level the value forms its own "detail not recorded" category, which no census table has.';
const CAVEAT_2001_HEADING =
  'Recorded under a 2001-style heading; the category is the same, but 2001-coded data cannot hold Gypsy or Irish Traveller, Roma or Arab.';

/** Subgroup wordings accepted for each detailed group (normalised before lookup). */
const SUBGROUP_SYNONYMS: Record<string, ReadonlyArray<string>> = {
  Bangladeshi: ['Bangladeshi', 'Bangladeshi or British Bangladeshi'],
  Chinese: ['Chinese'],
  Indian: ['Indian', 'Indian or British Indian'],
  Pakistani: ['Pakistani', 'Pakistani or British Pakistani'],
  'Other Asian': ['Other Asian', 'Any other Asian background', 'Other Asian background'],
  African: ['African', 'African background'],
  Caribbean: ['Caribbean'],
  'Other Black': ['Other Black', 'Any other Black background', 'Other Black background', 'Any other Black, Black British or Caribbean background', 'Any other Black, African or Caribbean background'],
  'White and Asian': ['White and Asian'],
  'White and Black African': ['White and Black African'],
  'White and Black Caribbean': ['White and Black Caribbean'],
  'Other Mixed or Multiple ethnic groups': ['Other Mixed or Multiple ethnic groups', 'Any other Mixed or Multiple background', 'Any other Mixed or Multiple ethnic background', 'Any other mixed background', 'Other mixed', 'Other mixed background'],
  'English, Welsh, Scottish, Northern Irish or British': ['English, Welsh, Scottish, Northern Irish or British', 'English/Welsh/Scottish/Northern Irish/British', 'British', 'English', 'Welsh', 'Scottish', 'Northern Irish', 'British, Mixed British'],
  Irish: ['Irish'],
  'Gypsy or Irish Traveller': ['Gypsy or Irish Traveller', 'Gypsy or Traveller', 'Irish Traveller'],
  Roma: ['Roma'],
  'Other White': ['Other White', 'Any other White background', 'Other White background'],
  Arab: ['Arab'],
  'Any other ethnic group': ['Any other ethnic group'],
};

/**
 * The ethnicity codes of the library's record standard (`social-outcomes/schema`, ETHNICITY_CODES), by
 * census subgroup name. Listed here because the domain layer may not import schema; a test in
 * test/equity checks that every schema code resolves.
 */
const RECORD_STANDARD_CODES: Record<string, string> = {
  Bangladeshi: 'asian-bangladeshi', Chinese: 'asian-chinese', Indian: 'asian-indian', Pakistani: 'asian-pakistani',
  'Other Asian': 'asian-other', African: 'black-african', Caribbean: 'black-caribbean', 'Other Black': 'black-other',
  'White and Asian': 'mixed-white-and-asian', 'White and Black African': 'mixed-white-and-black-african',
  'White and Black Caribbean': 'mixed-white-and-black-caribbean', 'Other Mixed or Multiple ethnic groups': 'mixed-other',
  'English, Welsh, Scottish, Northern Irish or British': 'white-british', Irish: 'white-irish',
  'Gypsy or Irish Traveller': 'white-gypsy-or-irish-traveller', Roma: 'white-roma', 'Other White': 'white-other',
  Arab: 'other-arab', 'Any other ethnic group': 'other-any',
};

/** Headings accepted for each high-level group: 2021 E&W output, England and Wales questions, 2011, NHS 2001. */
const HEADINGS: Record<string, ReadonlyArray<{ readonly text: string; readonly rule: string }>> = {
  [ASIAN]: [
    { text: ASIAN, rule: 'ons-2021' },
    { text: 'Asian or Asian British', rule: 'ons-2021-england' },
    { text: 'Asian, Asian Welsh or Asian British', rule: 'ons-2021-wales' },
    { text: 'Asian/Asian British', rule: 'ons-2011' },
    { text: 'Asian British', rule: 'synonym' },
    { text: 'Asian', rule: 'synonym' },
  ],
  [BLACK]: [
    { text: BLACK, rule: 'ons-2021' },
    { text: 'Black, Black British, Caribbean or African', rule: 'ons-2021-england' },
    { text: 'Black, Black Welsh, Black British, Caribbean or African', rule: 'ons-2021-wales' },
    { text: 'Black/African/Caribbean/Black British', rule: 'ons-2011' },
    { text: 'Black or Black British', rule: 'nhs-data-dictionary' },
    { text: 'Black British', rule: 'synonym' },
    { text: 'Black', rule: 'synonym' },
  ],
  [MIXED]: [
    { text: MIXED, rule: 'ons-2021' },
    { text: 'Mixed/multiple ethnic groups', rule: 'ons-2011' },
    { text: 'Mixed or multiple', rule: 'synonym' },
    { text: 'Mixed', rule: 'nhs-data-dictionary' },
  ],
  [WHITE]: [{ text: WHITE, rule: 'ons-2021' }],
  [OTHER]: [
    { text: OTHER, rule: 'ons-2021' },
    { text: 'Other ethnic groups', rule: 'nhs-data-dictionary' },
  ],
};

/** NHS Data Dictionary ETHNIC CATEGORY descriptions (2001 census classification). */
const NHS_DESCRIPTIONS: Record<string, string> = {
  A: 'White - British',
  B: 'White - Irish',
  C: 'White - Any other White background',
  D: 'Mixed - White and Black Caribbean',
  E: 'Mixed - White and Black African',
  F: 'Mixed - White and Asian',
  G: 'Mixed - Any other mixed background',
  H: 'Asian or Asian British - Indian',
  J: 'Asian or Asian British - Pakistani',
  K: 'Asian or Asian British - Bangladeshi',
  L: 'Asian or Asian British - Any other Asian background',
  M: 'Black or Black British - Caribbean',
  N: 'Black or Black British - African',
  P: 'Black or Black British - Any other Black background',
  R: 'Other Ethnic Groups - Chinese',
  S: 'Other Ethnic Groups - Any other ethnic group',
};

function nhsCaveat(code: string): string | undefined {
  return code === 'C' ? CAVEAT_C : code === 'S' ? CAVEAT_S : code === 'R' ? CAVEAT_R : undefined;
}

/** Builds the lookup tables (once per process, lazily). */
export function buildEthnicityTables(): { detail: SynonymTable; codes: Map<string, Resolution> } {
  const detail = new SynonymTable();
  const codes = new Map<string, Resolution>();
  for (const eg of ethnicGroups2021) {
    const subs = SUBGROUP_SYNONYMS[eg.name] ?? [eg.name];
    detail.add([eg.label], { category: eg.label, rule: 'ons-2021' });
    if (eg.nhsCode !== undefined) {
      const caveat = nhsCaveat(eg.nhsCode);
      const desc = NHS_DESCRIPTIONS[eg.nhsCode] as string;
      const res: Resolution = { category: eg.label, rule: 'nhs-data-dictionary', ...(caveat === undefined ? {} : { caveat }) };
      codes.set(eg.nhsCode, res);
      detail.add([`${eg.nhsCode} ${desc}`], res);
      // The bare description of C and S is also a 2021 tick-box wording, so its caveat is conditional.
      const soft = eg.nhsCode === 'C' || eg.nhsCode === 'S' ? `If these data were collected with the 2001 NHS list: ${caveat as string}` : caveat;
      detail.add([desc], { category: eg.label, rule: 'nhs-data-dictionary', ...(soft === undefined ? {} : { caveat: soft }) });
    }
    for (const h of HEADINGS[eg.group] ?? []) {
      const caveat = h.rule === 'nhs-data-dictionary' ? CAVEAT_2001_HEADING : undefined;
      detail.add(subs.map((s) => `${h.text} ${s}`), { category: eg.label, rule: h.rule, ...(caveat === undefined ? {} : { caveat }) });
    }
    detail.add(subs, { category: eg.label, rule: 'subgroup-only' });
    const code = RECORD_STANDARD_CODES[eg.name];
    if (code !== undefined) detail.add([code], { category: eg.label, rule: 'record-standard' });
  }
  // 2001 "Chinese or Other Ethnic Group" heading used with Chinese.
  const chinese = `${ASIAN}: Chinese`;
  detail.add(['Other ethnic group Chinese', 'Chinese or other ethnic group Chinese'], { category: chinese, rule: 'nhs-data-dictionary', caveat: CAVEAT_R });
  detail.add(['Chinese or other ethnic group Any other ethnic group'], { category: `${OTHER}: Any other ethnic group`, rule: 'nhs-data-dictionary', caveat: CAVEAT_S });
  // High-level group only.
  for (const grp of ethnicHighLevelGroups2021) {
    for (const h of HEADINGS[grp.label] ?? []) detail.add([h.text], { category: groupOnlyLabel(grp.label), rule: 'group-only', caveat: CAVEAT_GROUP_ONLY });
  }
  // Non-response.
  const declined: Resolution = { category: PREFER_NOT_TO_SAY, rule: 'non-response' };
  const notKnown: Resolution = { category: NOT_KNOWN, rule: 'non-response' };
  detail.add(['prefer-not-to-say', 'Prefer not to say', 'Not stated', 'Z Not stated', 'Declined', 'Refused', 'Not given', 'Rather not say'], declined);
  detail.add(['not-known', 'Not known', 'Unknown', '99 Not known', 'Not recorded', 'Not asked', 'Information not yet obtained'], notKnown);
  codes.set('Z', { category: PREFER_NOT_TO_SAY, rule: 'nhs-data-dictionary' });
  codes.set('99', { category: NOT_KNOWN, rule: 'nhs-data-dictionary' });
  codes.set('X', { category: NOT_KNOWN, rule: 'nhs-data-dictionary' });
  return { detail, codes };
}

/** Detailed (or group-only) label → high-level group label. */
export const GROUP_OF = new Map<string, string>([
  ...ethnicGroups2021.map((e) => [e.label, e.group] as [string, string]),
  ...ethnicHighLevelGroups2021.map((h) => [groupOnlyLabel(h.label), h.label] as [string, string]),
]);

