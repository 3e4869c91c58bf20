/**
 * Caveat texts for the Census 2021 baselines, keyed by id. Tables list the ids that apply to them;
 * `baseline` attaches the texts to every result (census.md §4; equity.md §1.7).
 */
export const caveats: Readonly<Record<string, string>> = {
  'statistical-disclosure-control':
    'Census 2021 counts are protected by targeted record swapping and cell-key perturbation (about 14% of cells in a typical table were changed, small counts more often), so counts below about 10 are noisy; aggregate small categories or areas before reading shares (ONS, Protecting personal data in Census 2021 results).',
  'totals-differ-between-tables':
    "Each table is perturbed independently, so the same population has slightly different totals in different tables (Birmingham: 1,144,916 to 1,144,923 persons); shares here use the table's own denominator, never another table's total.",
  'geographies-not-additive':
    'Country rows are perturbed independently of local authorities, so the sum of local authorities differs from the published country row; a catchment built from several authorities must be summed and described as derived by summation.',
  'lad-2021-vintage':
    'Areas are 2021 local authority districts (331 in England and Wales); authorities reorganised since (for example in Cumbria, North Yorkshire and Somerset in 2023) need a lookup and summation.',
  'mandatory-question':
    'The question was mandatory and non-response was imputed by ONS, so the table has no Not answered category; service data with Unknown or Prefer not to say cannot be compared with it category for category.',
  'voluntary-question':
    "The question was voluntary: Not answered is a real category (6.0% of England and Wales for religion, 7.5% for sexual orientation, 6.0% for gender identity). Report shares both of all residents and of those who answered (exclude Not answered from both sides).",
  'base-16-plus':
    'The population base is usual residents aged 16 years and over, not all usual residents; compare it with service users aged 16 or over.',
  'sex-question':
    'Sex was asked as "What is your sex?" with options Female and Male; many trans respondents answered in line with their gender identity, so this is sex as recorded by the census, not sex registered at birth. Mapping service gender (Woman, Man) onto it is an approximation.',
  'ts009-margin':
    'Local authority female and male counts are the Age: Total margin of TS009 (sex by single year of age), not TS008; TS009 totals differ by a few persons from TS008, TS001 and TS038 (Birmingham 1,144,923 against 1,144,919).',
  'ts021-ltla-source':
    'Local authority ethnic group counts come from the ONS data download for the bulletin Ethnic group, England and Wales: Census 2021 (29 November 2022), not the Nomis TS021 file; they agree with TS021 to within perturbation noise. That source publishes no local authority total and no high-level groups, so the denominator is the sum of the 19 detailed groups and the 5 high-level groups are derived by summation (TS021 is additive).',
  'ts021-labels':
    'Labels are the joint England and Wales output labels; "Asian Welsh" and "Black Welsh" appeared only in the headings of the Welsh questionnaire and cannot be separated from Asian British and Black British.',
  'ethnic-group-age-structure':
    'Ethnic composition varies strongly with age (minority ethnic populations are younger), so an all-ages ethnic group baseline over-states the expected minority share among older service users; Census 2021 ethnic group by age is not available at local authority level in this dataset.',
  'disability-definition':
    'Disabled under the Equality Act means a physical or mental health condition lasting or expected to last 12 months or more that limits day-to-day activities a lot or a little; it is self-reported, the two-part question is new in 2021, and 2011 figures are not strictly comparable.',
  'disability-age-structure':
    'Disability rises steeply with age, so an all-ages disability baseline understates the expected share among older service users; ONS publishes age-standardised proportions (TS038ASP) that are not in this dataset.',
  'ts038-ltla-aggregates-only':
    'At local authority level only the two Equality Act aggregates (disabled / not disabled) are available in this dataset; the four detailed lines are published for England and Wales only.',
  'country-only':
    'This table is available in this dataset for England and Wales (K04000001) only; no local authority source was found.',
  'gender-identity-question':
    'The question was "Is the gender you identify with the same as your sex registered at birth?" (Yes / No, write in gender identity), voluntary and asked of people aged 16 and over; trans woman, trans man and non-binary are derived from the write-in.',
  'gender-identity-not-accredited':
    'On 12 September 2024 the Office for Statistics Regulation confirmed that the Census 2021 gender identity estimates are no longer accredited official statistics; they are official statistics in development. ONS found patterns consistent with some respondents not interpreting the question as intended, concentrated in the "no specific identity given" line and among people with lower English proficiency.',
  'ts078-includes-non-binary':
    'In TS078 "All other gender identities" includes non-binary (48,330 in England and Wales); TS070 shows non-binary separately (30,257).',
  'ts070-non-binary-separate':
    'In TS070 non-binary is a separate line and "All other gender identities" excludes it (18,074 in England and Wales, against 48,330 in TS078).',
  'age-bands-cut-adult-ages':
    'The five-year bands cut across adult social care ages (18 falls inside 15 to 19); build 18+ or 18 to 64 baselines from the single-year table TS007.',
  'ts007-subtotals-overlap':
    'TS007 publishes 11 band subtotals that overlap its 101 single years; use one level at a time.',
};

/** Caveats that apply to every baseline drawn from the bundled dataset. */
export const generalCaveats: ReadonlyArray<string> = [
  'statistical-disclosure-control',
  'totals-differ-between-tables',
  'geographies-not-additive',
  'lad-2021-vintage',
];
