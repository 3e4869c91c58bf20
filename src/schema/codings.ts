/**
 * Coded values of the record standard: every categorical field of {@link ClientRecord} takes one of
 * these codes. Each code has a label (the wording of the cited standard), and where a Census 2021
 * table exists, the label of the matching category in the bundled census table so that
 * `social-outcomes/equity` can join on it.
 *
 * Two codes are shared by every demographic field, and are kept apart from real categories (never
 * dropped, never merged with each other):
 * - `prefer-not-to-say`: the person was asked and declined (NHS Data Dictionary `Z` "Not stated");
 * - `not-known`: the person was not asked, or the answer was not recorded (NHS Data Dictionary `99`).
 *
 * @packageDocumentation
 */

/** Where a code sits in a bundled Census 2021 table. */
export interface CensusCategoryRef {
  /** ONS table id, e.g. `TS021`. */
  readonly table: string;
  /** The category label in that table, e.g. `White: Irish`. */
  readonly label: string;
}

/** One code of a coded field. */
export interface CodeEntry<C extends string = string> {
  /** The code stored in records (lower-case, kebab-case). */
  readonly code: C;
  /** The label of the cited standard, for reports and for reading files that hold labels. */
  readonly label: string;
  /** The matching category of a bundled Census 2021 table, where there is one. */
  readonly census?: CensusCategoryRef;
  /** For ethnicity: the code of the high-level group (`asian`, `black`, `mixed`, `white`, `other`). */
  readonly group?: string;
  /** Other spellings accepted when reading files (matched case-insensitively, spaces collapsed). */
  readonly synonyms?: ReadonlyArray<string>;
}

const PNTS_SYNONYMS = ['prefer not to say', 'declined', 'refused', 'not stated', 'not disclosed', 'z'];
const NK_SYNONYMS = ['not known', 'unknown', 'not recorded', 'not asked', '99'];
function pnts<C extends string>(census?: CensusCategoryRef): CodeEntry<C> {
  return { code: 'prefer-not-to-say' as C, label: 'Prefer not to say', synonyms: PNTS_SYNONYMS, ...(census ? { census } : {}) };
}
function notKnown<C extends string>(): CodeEntry<C> {
  return { code: 'not-known' as C, label: 'Not known', synonyms: NK_SYNONYMS };
}

// ---------------------------------------------------------------------------------------------
// Ethnicity (ONS Census 2021, England and Wales output classification, 19 categories)
// ---------------------------------------------------------------------------------------------

/** The 19 Census 2021 ethnic group codes, then `prefer-not-to-say` and `not-known`. */
export const ETHNICITY_CODES = [
  'asian-bangladeshi',
  'asian-chinese',
  'asian-indian',
  'asian-pakistani',
  'asian-other',
  'black-african',
  'black-caribbean',
  'black-other',
  'mixed-white-and-asian',
  'mixed-white-and-black-african',
  'mixed-white-and-black-caribbean',
  'mixed-other',
  'white-british',
  'white-irish',
  'white-gypsy-or-irish-traveller',
  'white-roma',
  'white-other',
  'other-arab',
  'other-any',
  'prefer-not-to-say',
  'not-known',
] as const;

/** An ethnic group code (Census 2021, 19 categories) or `prefer-not-to-say` / `not-known`. */
export type Ethnicity = (typeof ETHNICITY_CODES)[number];

/** The five high-level ethnic group codes of Census 2021. */
export const ETHNIC_GROUP_CODES = ['asian', 'black', 'mixed', 'white', 'other'] as const;

/** A high-level ethnic group code. */
export type EthnicGroup = (typeof ETHNIC_GROUP_CODES)[number];

/** The five high-level ethnic groups with their Census 2021 (England and Wales) labels. */
export const ETHNIC_GROUPS_2021: ReadonlyArray<CodeEntry<EthnicGroup>> = [
  { code: 'asian', label: 'Asian, Asian British or Asian Welsh', census: { table: 'TS021', label: 'Asian, Asian British or Asian Welsh' } },
  { code: 'black', label: 'Black, Black British, Black Welsh, Caribbean or African', census: { table: 'TS021', label: 'Black, Black British, Black Welsh, Caribbean or African' } },
  { code: 'mixed', label: 'Mixed or Multiple ethnic groups', census: { table: 'TS021', label: 'Mixed or Multiple ethnic groups' } },
  { code: 'white', label: 'White', census: { table: 'TS021', label: 'White' } },
  { code: 'other', label: 'Other ethnic group', census: { table: 'TS021', label: 'Other ethnic group' } },
];

/** Other headings of each group: the England and Wales questionnaires (2021) and the 2011 labels. */
const GROUP_HEADINGS: Readonly<Record<EthnicGroup, ReadonlyArray<string>>> = {
  asian: ['Asian', 'Asian or Asian British', 'Asian, Asian Welsh or Asian British', 'Asian/Asian British'],
  black: ['Black', 'Black, Black British, Caribbean or African', 'Black, Black Welsh, Black British, Caribbean or African', 'Black/African/Caribbean/Black British'],
  mixed: ['Mixed', 'Mixed/Multiple ethnic groups', 'Mixed or Multiple ethnic group'],
  white: [],
  other: ['Other', 'Other ethnic groups'],
};

function eth(code: Ethnicity, group: EthnicGroup, short: string, synonyms: string[] = []): CodeEntry<Ethnicity> {
  const groupLabel = ETHNIC_GROUPS_2021.find((g) => g.code === group)?.label ?? group;
  const label = `${groupLabel}: ${short}`;
  return { code, label, group, census: { table: 'TS021', label }, synonyms: [short, ...GROUP_HEADINGS[group].map((h) => `${h}: ${short}`), ...synonyms] };
}

/**
 * Ethnic group, Census 2021 (England and Wales): 19 categories in 5 high-level groups, with the
 * combined England-and-Wales output labels, then `prefer-not-to-say` and `not-known`.
 *
 * @remarks
 * Files may hold the code, the full label (`White: Irish`), the category name alone (`Irish`), or
 * the category under the England or Wales questionnaire heading or the 2011 heading
 * (`Asian or Asian British: Indian`, `Black/African/Caribbean/Black British: African`).
 * Systems that still use the 2001-based NHS Data Dictionary letters (A–S, Z, 99) can be read with
 * `valueMap: { ethnicity: NHS_ETHNIC_CATEGORY_TO_ONS2021 }` (see {@link NHS_ETHNIC_CATEGORY_TO_ONS2021}).
 *
 * **References**
 * - Office for National Statistics (2022). Ethnic group, England and Wales: Census 2021, table TS021
 *   (classification `ethnic_group_tb_20b`). https://www.ons.gov.uk/datasets/TS021/editions/2021/versions/1
 * - Research notes `shared/reference/equity.md` §4.1.
 */
export const ETHNICITY_2021: ReadonlyArray<CodeEntry<Ethnicity>> = [
  eth('asian-bangladeshi', 'asian', 'Bangladeshi'),
  eth('asian-chinese', 'asian', 'Chinese'),
  eth('asian-indian', 'asian', 'Indian'),
  eth('asian-pakistani', 'asian', 'Pakistani'),
  eth('asian-other', 'asian', 'Other Asian', ['Any other Asian background']),
  eth('black-african', 'black', 'African'),
  eth('black-caribbean', 'black', 'Caribbean'),
  eth('black-other', 'black', 'Other Black', ['Any other Black, Black British, or Caribbean background', 'Any other Black background']),
  eth('mixed-white-and-asian', 'mixed', 'White and Asian'),
  eth('mixed-white-and-black-african', 'mixed', 'White and Black African'),
  eth('mixed-white-and-black-caribbean', 'mixed', 'White and Black Caribbean'),
  eth('mixed-other', 'mixed', 'Other Mixed or Multiple ethnic groups', ['Any other Mixed or Multiple ethnic background', 'Any other mixed background']),
  eth('white-british', 'white', 'English, Welsh, Scottish, Northern Irish or British', ['White British']),
  eth('white-irish', 'white', 'Irish', ['White Irish']),
  eth('white-gypsy-or-irish-traveller', 'white', 'Gypsy or Irish Traveller'),
  eth('white-roma', 'white', 'Roma'),
  eth('white-other', 'white', 'Other White', ['Any other White background']),
  eth('other-arab', 'other', 'Arab'),
  eth('other-any', 'other', 'Any other ethnic group'),
  pnts(),
  notKnown(),
];

/**
 * Crosswalk from the NHS Data Dictionary ETHNIC CATEGORY codes (2001-based "16+1": A–S, Z, 99) to
 * the Census 2021 codes of {@link ETHNICITY_2021}. Pass it as `valueMap: { ethnicity: … }` when
 * reading files.
 *
 * @remarks
 * The mapping is lossy in one direction only: the 2001 codes have no Gypsy or Irish Traveller, Roma or
 * Arab category, so people who would choose those in 2021 were coded C (Any other White background)
 * or S (Any other ethnic group) and stay there. Chinese moved from "Other" (2001) to "Asian"
 * (2011, 2021); R maps to `asian-chinese`. Z (not stated) and 99 (not known) stay distinct.
 *
 * **References**
 * - NHS England. NHS Data Dictionary: ETHNIC CATEGORY.
 *   https://www.datadictionary.nhs.uk/data_elements/ethnic_category.html
 * - Research notes `shared/reference/equity.md` §4.1 (crosswalk issues).
 */
export const NHS_ETHNIC_CATEGORY_TO_ONS2021: Readonly<Record<string, Ethnicity>> = Object.freeze({
  A: 'white-british',
  B: 'white-irish',
  C: 'white-other',
  D: 'mixed-white-and-black-caribbean',
  E: 'mixed-white-and-black-african',
  F: 'mixed-white-and-asian',
  G: 'mixed-other',
  H: 'asian-indian',
  J: 'asian-pakistani',
  K: 'asian-bangladeshi',
  L: 'asian-other',
  M: 'black-caribbean',
  N: 'black-african',
  P: 'black-other',
  R: 'asian-chinese',
  S: 'other-any',
  Z: 'prefer-not-to-say',
  '99': 'not-known',
});

// ---------------------------------------------------------------------------------------------
// Sex, gender and gender identity
// ---------------------------------------------------------------------------------------------

/** Gender codes (Stonewall-style question recommended by the review). */
export const GENDER_CODES = ['man', 'woman', 'self-describe', 'prefer-not-to-say', 'not-known'] as const;

/** A gender code. */
export type Gender = (typeof GENDER_CODES)[number];

/**
 * Gender, asked as the Birmingham review recommends (recommendation 9, footnote 18): one question on
 * self-described gender with four options — man, woman, prefer not to say, and the option to
 * self-describe — plus `not-known` when it was not recorded.
 *
 * @remarks
 * The record keeps only that a person self-describes, never the description itself: a free-text
 * gender identity can identify a person in a small service. Gender is not sex; compare with the census
 * sex baseline (TS008) only through an explicit, stated approximation (`man` ≈ Male, `woman` ≈ Female).
 *
 * **References**
 * - Birmingham City Council / University of Birmingham (2022). Prevention First framework review,
 *   recommendation 9 and footnote 18 (Stonewall definition).
 * - Research notes `shared/reference/equity.md` §4.2.
 */
export const GENDER: ReadonlyArray<CodeEntry<Gender>> = [
  { code: 'man', label: 'Man', synonyms: ['male', 'm', 'man (including trans man)'] },
  { code: 'woman', label: 'Woman', synonyms: ['female', 'f', 'woman (including trans woman)'] },
  { code: 'self-describe', label: 'In another way (self-describe)', synonyms: ['in another way', 'self describe', 'prefer to self-describe', 'other', 'non-binary'] },
  pnts(),
  notKnown(),
];

/** Codes of the gender-identity question. */
export const GENDER_SAME_AS_BIRTH_CODES = ['yes', 'no', 'prefer-not-to-say', 'not-known'] as const;

/** An answer to "is your gender the same as the sex you were registered at birth?". */
export type GenderSameAsBirth = (typeof GENDER_SAME_AS_BIRTH_CODES)[number];

/**
 * The separate gender-identity question: "Is the gender you identify with the same as your sex
 * registered at birth?" Yes / No / Prefer not to say, plus `not-known`.
 *
 * @remarks
 * Census 2021 asked this voluntary question of people aged 16 and over (table TS078, where `yes` is
 * "Gender identity the same as sex registered at birth" and `prefer-not-to-say` corresponds to
 * "Not answered"); the review's recommendation 9 asks for the same question with yes / no / prefer not
 * to say.
 *
 * **References**
 * - Prevention First framework review (2022), recommendation 9.
 * - Office for National Statistics (2023). Gender identity, Census 2021, table TS078.
 */
export const GENDER_SAME_AS_BIRTH: ReadonlyArray<CodeEntry<GenderSameAsBirth>> = [
  { code: 'yes', label: 'Yes, the same as sex registered at birth', synonyms: ['y', 'true', 'same', 'gender identity the same as sex registered at birth'], census: { table: 'TS078', label: 'Gender identity the same as sex registered at birth' } },
  { code: 'no', label: 'No, different from sex registered at birth', synonyms: ['n', 'false', 'different'] },
  pnts({ table: 'TS078', label: 'Not answered' }),
  notKnown(),
];

/** Sex codes. */
export const SEX_CODES = ['female', 'male', 'prefer-not-to-say', 'not-known'] as const;

/** A sex code (Census 2021: Female / Male). */
export type Sex = (typeof SEX_CODES)[number];

/**
 * Sex as asked in Census 2021 ("What is your sex?" Female / Male), an optional field kept apart from
 * gender so that comparisons with the census sex baseline need no approximation.
 *
 * **References**
 * - Office for National Statistics (2022). Sex, Census 2021, table TS008.
 */
export const SEX: ReadonlyArray<CodeEntry<Sex>> = [
  { code: 'female', label: 'Female', census: { table: 'TS008', label: 'Female' }, synonyms: ['f'] },
  { code: 'male', label: 'Male', census: { table: 'TS008', label: 'Male' }, synonyms: ['m'] },
  pnts(),
  notKnown(),
];

// ---------------------------------------------------------------------------------------------
// Disability
// ---------------------------------------------------------------------------------------------

/** Disability codes. */
export const DISABILITY_CODES = ['yes', 'no', 'prefer-not-to-say', 'not-known'] as const;

/** Whether a person is disabled under the Equality Act 2010. */
export type Disability = (typeof DISABILITY_CODES)[number];

/**
 * Disability, the review's required minimum ("whether a client is disabled or not"), in the sense of
 * the Equality Act 2010 s.6: a physical or mental impairment with a substantial and long-term adverse
 * effect on the ability to carry out normal day-to-day activities.
 *
 * **References**
 * - Equality Act 2010, section 6. https://www.legislation.gov.uk/ukpga/2010/15/section/6
 * - Prevention First framework review (2022), §7.1.
 * - Office for National Statistics (2023). Disability, Census 2021, table TS038.
 */
export const DISABILITY: ReadonlyArray<CodeEntry<Disability>> = [
  { code: 'yes', label: 'Disabled under the Equality Act', census: { table: 'TS038', label: 'Disabled under the Equality Act' }, synonyms: ['y', 'true', 'disabled'] },
  { code: 'no', label: 'Not disabled under the Equality Act', census: { table: 'TS038', label: 'Not disabled under the Equality Act' }, synonyms: ['n', 'false', 'not disabled'] },
  pnts(),
  notKnown(),
];

/** Codes of the detailed disability question. */
export const DISABILITY_DETAIL_CODES = ['limited-a-lot', 'limited-a-little', 'not-limited', 'no-condition', 'prefer-not-to-say', 'not-known'] as const;

/** The Census 2021 (TS038) disability category. */
export type DisabilityDetail = (typeof DISABILITY_DETAIL_CODES)[number];

/**
 * The four Census 2021 disability categories (TS038), the optional "further details about
 * disability" at the level the census publishes. `limited-a-lot` and `limited-a-little` are disabled
 * under the Equality Act; `not-limited` (a long-term condition that does not limit day-to-day
 * activities) and `no-condition` are not, so a record may not pair them with a contradicting
 * `disability`.
 *
 * **References**
 * - Office for National Statistics (2023). Disability, Census 2021, table TS038.
 */
export const DISABILITY_DETAIL: ReadonlyArray<CodeEntry<DisabilityDetail>> = [
  { code: 'limited-a-lot', label: 'Disabled under the Equality Act: Day-to-day activities limited a lot', census: { table: 'TS038', label: 'Disabled under the Equality Act: Day-to-day activities limited a lot' }, synonyms: ['Day-to-day activities limited a lot', 'limited a lot', 'yes, limited a lot'] },
  { code: 'limited-a-little', label: 'Disabled under the Equality Act: Day-to-day activities limited a little', census: { table: 'TS038', label: 'Disabled under the Equality Act: Day-to-day activities limited a little' }, synonyms: ['Day-to-day activities limited a little', 'limited a little', 'yes, limited a little'] },
  { code: 'not-limited', label: 'Not disabled under the Equality Act: Has long term physical or mental health condition but day-to-day activities are not limited', census: { table: 'TS038', label: 'Not disabled under the Equality Act: Has long term physical or mental health condition but day-to-day activities are not limited' }, synonyms: ['not limited', 'condition, not limited'] },
  { code: 'no-condition', label: 'Not disabled under the Equality Act: No long term physical or mental health conditions', census: { table: 'TS038', label: 'Not disabled under the Equality Act: No long term physical or mental health conditions' }, synonyms: ['no condition', 'no long term conditions'] },
  pnts(),
  notKnown(),
];

// ---------------------------------------------------------------------------------------------
// Sexual orientation, religion
// ---------------------------------------------------------------------------------------------

/** Sexual orientation codes. */
export const SEXUAL_ORIENTATION_CODES = ['straight-or-heterosexual', 'gay-or-lesbian', 'bisexual', 'pansexual', 'asexual', 'queer', 'other', 'prefer-not-to-say', 'not-known'] as const;

/** A sexual orientation code (Census 2021 detailed categories). */
export type SexualOrientation = (typeof SEXUAL_ORIENTATION_CODES)[number];

/**
 * Sexual orientation, Census 2021 detailed categories (voluntary, aged 16 and over). The bundled
 * census table (TS077, 6 categories) collapses `pansexual`, `asexual`, `queer` and `other` into
 * "All other sexual orientations"; `census` records that join.
 *
 * **References**
 * - Office for National Statistics (2023). Sexual orientation, Census 2021, tables TS077 and
 *   the 9-category `sexual_orientation` variable of the Census 2021 dictionary.
 * - Research notes `shared/reference/equity.md` §4.3.
 */
export const SEXUAL_ORIENTATION: ReadonlyArray<CodeEntry<SexualOrientation>> = [
  { code: 'straight-or-heterosexual', label: 'Straight or Heterosexual', census: { table: 'TS077', label: 'Straight or Heterosexual' }, synonyms: ['straight', 'heterosexual'] },
  { code: 'gay-or-lesbian', label: 'Gay or Lesbian', census: { table: 'TS077', label: 'Gay or Lesbian' }, synonyms: ['gay', 'lesbian'] },
  { code: 'bisexual', label: 'Bisexual', census: { table: 'TS077', label: 'Bisexual' } },
  { code: 'pansexual', label: 'Pansexual', census: { table: 'TS077', label: 'All other sexual orientations' } },
  { code: 'asexual', label: 'Asexual', census: { table: 'TS077', label: 'All other sexual orientations' } },
  { code: 'queer', label: 'Queer', census: { table: 'TS077', label: 'All other sexual orientations' } },
  { code: 'other', label: 'All other sexual orientations', census: { table: 'TS077', label: 'All other sexual orientations' }, synonyms: ['other sexual orientation'] },
  pnts({ table: 'TS077', label: 'Not answered' }),
  notKnown(),
];

/** Religion codes. */
export const RELIGION_CODES = ['no-religion', 'christian', 'buddhist', 'hindu', 'jewish', 'muslim', 'sikh', 'other', 'prefer-not-to-say', 'not-known'] as const;

/** A religion code (Census 2021). */
export type Religion = (typeof RELIGION_CODES)[number];

/**
 * Religion, Census 2021 (voluntary question), table TS030 categories.
 *
 * **References**
 * - Office for National Statistics (2022). Religion, Census 2021, table TS030.
 */
export const RELIGION: ReadonlyArray<CodeEntry<Religion>> = [
  { code: 'no-religion', label: 'No religion', census: { table: 'TS030', label: 'No religion' }, synonyms: ['none'] },
  { code: 'christian', label: 'Christian', census: { table: 'TS030', label: 'Christian' } },
  { code: 'buddhist', label: 'Buddhist', census: { table: 'TS030', label: 'Buddhist' } },
  { code: 'hindu', label: 'Hindu', census: { table: 'TS030', label: 'Hindu' } },
  { code: 'jewish', label: 'Jewish', census: { table: 'TS030', label: 'Jewish' } },
  { code: 'muslim', label: 'Muslim', census: { table: 'TS030', label: 'Muslim' } },
  { code: 'sikh', label: 'Sikh', census: { table: 'TS030', label: 'Sikh' } },
  { code: 'other', label: 'Other religion', census: { table: 'TS030', label: 'Other religion' } },
  pnts({ table: 'TS030', label: 'Not answered' }),
  notKnown(),
];

// ---------------------------------------------------------------------------------------------
// Employment, nationality, immigration status
// ---------------------------------------------------------------------------------------------

/** Employment status codes. */
export const EMPLOYMENT_STATUS_CODES = [
  'employed-full-time',
  'employed-part-time',
  'self-employed',
  'unemployed',
  'retired',
  'student',
  'looking-after-home-or-family',
  'long-term-sick-or-disabled',
  'other-inactive',
  'prefer-not-to-say',
  'not-known',
] as const;

/** An employment status code. */
export type EmploymentStatus = (typeof EMPLOYMENT_STATUS_CODES)[number];

/**
 * Employment status: the ONS economic-activity categories (employee, self-employed, unemployed, and
 * the economically inactive by reason), with employees split into full- and part-time because the
 * HACT value bank values moves such as "unemployment to full-time employment".
 *
 * @remarks
 * This is the library's coding, built on the Census 2021 economic activity classification; it is not
 * a published standard in this exact form.
 *
 * **References**
 * - Office for National Statistics (2023). Economic activity status, Census 2021, table TS066.
 * - Prevention First framework review (2022), §7.2.1 (HACT examples).
 */
export const EMPLOYMENT_STATUS: ReadonlyArray<CodeEntry<EmploymentStatus>> = [
  { code: 'employed-full-time', label: 'Employee, full-time', synonyms: ['full-time', 'full time', 'employed full time'] },
  { code: 'employed-part-time', label: 'Employee, part-time', synonyms: ['part-time', 'part time', 'employed part time'] },
  { code: 'self-employed', label: 'Self-employed', synonyms: ['self employed'] },
  { code: 'unemployed', label: 'Unemployed (looking for work)' },
  { code: 'retired', label: 'Economically inactive: retired' },
  { code: 'student', label: 'Economically inactive: student' },
  { code: 'looking-after-home-or-family', label: 'Economically inactive: looking after home or family' },
  { code: 'long-term-sick-or-disabled', label: 'Economically inactive: long-term sick or disabled' },
  { code: 'other-inactive', label: 'Economically inactive: other' },
  pnts(),
  notKnown(),
];

/** Nationality codes. */
export const NATIONALITY_CODES = ['british', 'irish', 'eu-eea-swiss', 'other', 'stateless', 'prefer-not-to-say', 'not-known'] as const;

/** A nationality group code. */
export type Nationality = (typeof NATIONALITY_CODES)[number];

/**
 * Nationality, in groups rather than countries: British, Irish, EU/EEA/Swiss, other, stateless.
 *
 * @remarks
 * The groups are the ones that decide entitlements after 2020 (the EU Settlement Scheme, the Common
 * Travel Area). A full nationality is a strong quasi-identifier in a small service, so the standard
 * does not carry it; providers who record countries map them with `valueMap`. This coding is the
 * library's own; no national standard was found.
 */
export const NATIONALITY: ReadonlyArray<CodeEntry<Nationality>> = [
  { code: 'british', label: 'British', synonyms: ['uk', 'united kingdom'] },
  { code: 'irish', label: 'Irish', synonyms: ['ireland'] },
  { code: 'eu-eea-swiss', label: 'EU, EEA or Swiss citizen', synonyms: ['eu', 'eea'] },
  { code: 'other', label: 'Other nationality' },
  { code: 'stateless', label: 'Stateless' },
  pnts(),
  notKnown(),
];

/** Immigration status codes. */
export const IMMIGRATION_STATUS_CODES = [
  'british-or-irish-citizen',
  'settled',
  'pre-settled',
  'refugee-or-humanitarian-protection',
  'asylum-seeker',
  'other-leave',
  'no-leave',
  'prefer-not-to-say',
  'not-known',
] as const;

/** An immigration status code. */
export type ImmigrationStatus = (typeof IMMIGRATION_STATUS_CODES)[number];

/**
 * Immigration status, in the categories that matter for access to support: British or Irish citizen;
 * settled (indefinite leave, EUSS settled status); pre-settled; refugee status or humanitarian
 * protection; asylum seeker; other limited leave (visas); no current leave.
 *
 * @remarks
 * The review lists immigration status among the optional fields without a coding (§7.1); this coding
 * is the library's own.
 */
export const IMMIGRATION_STATUS: ReadonlyArray<CodeEntry<ImmigrationStatus>> = [
  { code: 'british-or-irish-citizen', label: 'British or Irish citizen' },
  { code: 'settled', label: 'Settled (indefinite leave to remain, EUSS settled status)', synonyms: ['ilr', 'indefinite leave to remain', 'settled status'] },
  { code: 'pre-settled', label: 'Pre-settled status (EUSS)', synonyms: ['pre-settled status'] },
  { code: 'refugee-or-humanitarian-protection', label: 'Refugee status or humanitarian protection', synonyms: ['refugee'] },
  { code: 'asylum-seeker', label: 'Asylum seeker (claim pending)' },
  { code: 'other-leave', label: 'Other limited leave to remain' },
  { code: 'no-leave', label: 'No current leave' },
  pnts(),
  notKnown(),
];

// ---------------------------------------------------------------------------------------------
// Age bands
// ---------------------------------------------------------------------------------------------

/**
 * The 18 five-year age bands of Census 2021 table TS007A, as record codes (`0-4`, `5-9`, …, `85+`).
 *
 * @remarks
 * `ageBand` accepts any band written `<min>-<max>` or `<min>+` (completed years, 0–120), so providers
 * that band differently (e.g. 18–24, 25–34) keep their bands; equity functions check that bands nest
 * in the census bands before comparing. Files may also hold the census labels (`Aged 20 to 24 years`,
 * `Aged 85 years and over`, `Aged 4 years and under`) or `18 to 24`, `65 and over`.
 *
 * **References**
 * - Office for National Statistics (2022). Age by five-year age bands, Census 2021, table TS007A.
 * - Research notes `shared/reference/equity.md` §4.5.
 */
export const AGE_BANDS_TS007A: ReadonlyArray<CodeEntry> = [
  { code: '0-4', label: 'Aged 4 years and under', census: { table: 'TS007A', label: 'Aged 4 years and under' } },
  ...[5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80].map((lo) => ({
    code: `${lo}-${lo + 4}`,
    label: `Aged ${lo} to ${lo + 4} years`,
    census: { table: 'TS007A', label: `Aged ${lo} to ${lo + 4} years` },
  })),
  { code: '85+', label: 'Aged 85 years and over', census: { table: 'TS007A', label: 'Aged 85 years and over' } },
];

// ---------------------------------------------------------------------------------------------
// Service reach (review §7.2.3) and VA1 throughput
// ---------------------------------------------------------------------------------------------

/** Referral source codes. */
export const REFERRAL_SOURCE_CODES = ['statutory', 'vcse', 'self', 'family-or-friend', 'other', 'not-known'] as const;

/** The sector a referral came from. */
export type ReferralSource = (typeof REFERRAL_SOURCE_CODES)[number];

/**
 * The sector a referral came from: statutory organisations and VCSE (voluntary, community and social
 * enterprise) organisations, as the review asks providers to count, plus self-referral and referral
 * by family or friends.
 *
 * **References**
 * - Prevention First framework review (2022), §7.2.3: "Number of referrals from statutory
 *   organisations and VCSE organisations".
 */
export const REFERRAL_SOURCE: ReadonlyArray<CodeEntry<ReferralSource>> = [
  { code: 'statutory', label: 'Statutory organisation' },
  { code: 'vcse', label: 'Voluntary, community or social enterprise organisation', synonyms: ['voluntary', 'vcs', 'vcse organisation'] },
  { code: 'self', label: 'Self-referral', synonyms: ['self referral', 'self-referral'] },
  { code: 'family-or-friend', label: 'Family member or friend', synonyms: ['family', 'friend'] },
  { code: 'other', label: 'Other' },
  notKnown(),
];

/** Referral outcome codes. */
export const REFERRAL_OUTCOME_CODES = ['supported', 'waiting-list', 'unsuccessful'] as const;

/** What happened to a referral. */
export type ReferralOutcome = (typeof REFERRAL_OUTCOME_CODES)[number];

/**
 * What happened to a referral, in the throughput categories of the VA1 framework: receiving support,
 * awaiting support (waiting list), unsuccessful referral.
 *
 * **References**
 * - Birmingham City Council (2019). Vulnerable Adults Housing and Wellbeing Support: Outcomes
 *   Framework, Part five (throughput).
 */
export const REFERRAL_OUTCOME: ReadonlyArray<CodeEntry<ReferralOutcome>> = [
  { code: 'supported', label: 'Receiving support', synonyms: ['successful', 'accepted', 'receiving support'] },
  { code: 'waiting-list', label: 'Awaiting support (waiting list)', synonyms: ['waiting', 'waiting list', 'on waiting list'] },
  { code: 'unsuccessful', label: 'Unsuccessful referral', synonyms: ['not accepted', 'declined referral'] },
];

/** Codes of the seven unsuccessful-referral reasons. */
export const UNSUCCESSFUL_REFERRAL_REASON_CODES = [
  'did-not-meet-eligibility',
  'did-not-attend',
  'refused-support',
  'unable-to-manage-risk',
  'needs-too-high',
  'no-capacity',
  'exception',
] as const;

/** Why a referral was unsuccessful (review §7.2.3). */
export type UnsuccessfulReferralReason = (typeof UNSUCCESSFUL_REFERRAL_REASON_CODES)[number];

/**
 * The seven drop-down reasons for an unsuccessful referral, in the review's words and order.
 *
 * **References**
 * - Prevention First framework review (2022), §7.2.3: "Did not meet eligibility criteria, Did not
 *   attend appointments/did not call back or contact, Refused support offered, Unable to manage risk,
 *   Needs Too High, No capacity, Exceptions to above."
 */
export const UNSUCCESSFUL_REFERRAL_REASON: ReadonlyArray<CodeEntry<UnsuccessfulReferralReason>> = [
  { code: 'did-not-meet-eligibility', label: 'Did not meet eligibility criteria', synonyms: ['not eligible', 'ineligible'] },
  { code: 'did-not-attend', label: 'Did not attend appointments/did not call back or contact', synonyms: ['did not attend', 'dna', 'no contact'] },
  { code: 'refused-support', label: 'Refused support offered', synonyms: ['refused support'] },
  { code: 'unable-to-manage-risk', label: 'Unable to manage risk' },
  { code: 'needs-too-high', label: 'Needs Too High' },
  { code: 'no-capacity', label: 'No capacity' },
  { code: 'exception', label: 'Exceptions to above', synonyms: ['exception', 'other'] },
];

// ---------------------------------------------------------------------------------------------
// Readings, needs, accessibility
// ---------------------------------------------------------------------------------------------

/** Codes of who completed a reading. */
export const COMPLETED_BY_CODES = ['worker', 'client', 'together'] as const;

/** Who completed a reading: the worker alone, the client alone, or both together. */
export type CompletedBy = (typeof COMPLETED_BY_CODES)[number];

/**
 * Who completed an outcome reading. Outcomes Stars are meant to be completed collaboratively; when
 * worker and client disagree, Triangle feeds the worker's score into outcome analysis, and a closing
 * Star completed by the worker alone (after an unplanned exit) is a known source of bias, so the
 * record keeps who completed it.
 *
 * **References**
 * - Triangle Consulting (2016). The Outcomes Star: Guidelines for Researchers.
 * - Research notes `shared/reference/measures.md` §1.1 and §5.
 */
export const COMPLETED_BY: ReadonlyArray<CodeEntry<CompletedBy>> = [
  { code: 'worker', label: 'Worker', synonyms: ['key worker', 'staff', 'worker only'] },
  { code: 'client', label: 'Client', synonyms: ['service user', 'service-user', 'self', 'client only'] },
  { code: 'together', label: 'Worker and client together', synonyms: ['collaborative', 'collaboratively', 'jointly', 'joint', 'both'] },
];

/** Codes of the status of a need. */
export const NEED_STATUS_CODES = ['identified', 'met-partially', 'met-fully'] as const;

/** The status of a need for one VA1 outcome. */
export type NeedStatus = (typeof NEED_STATUS_CODES)[number];

/**
 * The status of one VA1 outcome for a client: the need was identified at assessment (and is not, or
 * not yet, met), met partially, or met fully. An outcome that was not identified is absent from the
 * record.
 *
 * **References**
 * - Birmingham City Council (2019). Vulnerable Adults Housing and Wellbeing Support: Outcomes
 *   Framework, Part two ("Client assessment — Needs identified — Confirmation needs met — Evidence").
 */
export const NEED_STATUS: ReadonlyArray<CodeEntry<NeedStatus>> = [
  { code: 'identified', label: 'Need identified, not met', synonyms: ['needed', 'needed support', 'not met', 'need identified'] },
  { code: 'met-partially', label: 'Need met partially', synonyms: ['partially met', 'partially', 'partial', 'met partially'] },
  { code: 'met-fully', label: 'Need met fully', synonyms: ['fully met', 'met', 'fully', 'met fully'] },
];

/**
 * The single accessibility item ("How accessible did you find the service?") on a five-point scale,
 * 1 = not at all accessible to 5 = very accessible.
 *
 * @remarks
 * The review asks for one item, at least annually, from active and lapsed users (§7.3.2) but gives no
 * response scale; the five-point scale and its labels are the library's choice.
 *
 * **References**
 * - Prevention First framework review (2022), §7.3.2 and Table 2 ("Accessibility").
 */
export const ACCESSIBILITY_RATING: ReadonlyArray<CodeEntry<'1' | '2' | '3' | '4' | '5'>> = [
  { code: '1', label: 'Not at all accessible' },
  { code: '2', label: 'Not very accessible' },
  { code: '3', label: 'Neither accessible nor inaccessible' },
  { code: '4', label: 'Fairly accessible' },
  { code: '5', label: 'Very accessible' },
];
