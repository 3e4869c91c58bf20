/**
 * The shape of a census reference dataset. The bundled {@link census2021} constant has this shape, and
 * a user can build their own (for example from the Nomis bulk files for a later vintage, or for the
 * detailed cells the bundled sources lack) and pass it to `baseline` in its place (STYLE rule 20).
 */

/** A topic a baseline can be asked for; each maps to one or more tables in preference order. */
export type CensusTopic =
  | 'usual-residents'
  | 'age-five-year'
  | 'age-single-year'
  | 'sex'
  | 'ethnic-group'
  | 'religion'
  | 'disability'
  | 'sexual-orientation'
  | 'gender-identity'
  | 'gender-identity-detailed';

/**
 * How a category relates to the others in its table: `detail` cells are interior and add up to the
 * total; `aggregate` cells are published sub-totals of details (the 5 high-level ethnic groups);
 * `subtotal` cells are overlapping bands (the TS007 age bands over the single years). Never add
 * aggregates or subtotals to details.
 */
export type CensusLevel = 'detail' | 'aggregate' | 'subtotal';

/** A span of completed years of age, inclusive; `max` is absent for an open-ended band ("85 and over"). */
export interface CensusAgeSpan {
  /** Youngest age covered, in completed years. */
  readonly min: number;
  /** Oldest age covered, in completed years; absent when the band is open-ended. */
  readonly max?: number;
}

/** One category (cell column) of a census table. */
export interface CensusCategory {
  /** Stable join key: the Cell_ID of the Williamson TS cell dictionary (table id + Nomis column position), e.g. `ts0210005`. Not an ONS classification code. */
  readonly code: string;
  /** The label baselines use, e.g. `Asian, Asian British or Asian Welsh: Indian`. */
  readonly label: string;
  /** The label as in the source file, when it differs from `label` (TS009 `Female; Age: Total`). */
  readonly sourceLabel?: string;
  /** Position in the table's hierarchy. */
  readonly level: CensusLevel;
  /** Code of the published aggregate this detail belongs to, if the table has aggregates. */
  readonly parent?: string;
  /** For age categories, the completed years the category covers. */
  readonly ages?: CensusAgeSpan;
}

/** The counts of one table for one area. */
export interface CensusRow {
  /** Key into the dataset's `provenance.sources`: which source file this row was copied from. */
  readonly source: string;
  /** The table's population base for this area, or `null` when the source does not publish it. */
  readonly total: number | null;
  /** One count per entry of the table's `categories`, in the same order; `null` marks a cell the source does not publish for this area. */
  readonly counts: ReadonlyArray<number | null>;
}

/** One census table: its categories and a row of counts per area. */
export interface CensusTable {
  /** ONS table id, e.g. `TS021`. */
  readonly id: string;
  /** ONS table title. */
  readonly title: string;
  /** The topic this table serves. */
  readonly topic: CensusTopic;
  /** ONS classification (variable) name, e.g. `ethnic_group_tb_20b`, when known. */
  readonly classification?: string;
  /** Cell_ID of the table's total. */
  readonly totalCode: string;
  /** Label of the table's total, e.g. `Total: All usual residents aged 16 years and over`. */
  readonly totalLabel: string;
  /** Who the table counts, in ONS words. */
  readonly populationBase: string;
  /** Ages covered by the population base (`{ min: 16 }` for the sexual orientation and gender identity tables). */
  readonly baseAges: CensusAgeSpan;
  /** Whether the question was voluntary (then `Not answered` is a real category). */
  readonly voluntary: boolean;
  /** Ids of the caveats (keys of the dataset's `caveats`) that apply whenever this table is used. */
  readonly caveats: ReadonlyArray<string>;
  /** The categories, in Nomis column order; the total is not among them. */
  readonly categories: ReadonlyArray<CensusCategory>;
  /** Counts by area code (GSS code). */
  readonly rows: Readonly<Record<string, CensusRow>>;
}

/** A geography that has at least one row. */
export interface CensusArea {
  /** Area name as in Nomis. */
  readonly name: string;
  /** `country` (K04000001 England and Wales, E92000001 England, W92000004 Wales) or `ltla` (2021 local authority district). */
  readonly type: 'country' | 'ltla';
}

/** One source file the counts were copied from. */
export interface CensusSource {
  /** Short id used by rows, e.g. `S6`. */
  readonly id: string;
  /** GitHub repository (owner/name) holding the file. */
  readonly repository: string;
  /** Path of the file in the repository. */
  readonly path: string;
  /** Commit of the snapshot read. */
  readonly commit: string;
  /** What the file is and where its values come from. */
  readonly description: string;
}

/** Licence and attribution of the data (separate from the code licence). */
export interface CensusLicence {
  /** Licence name. */
  readonly name: string;
  /** Licence URL. */
  readonly url: string;
  /** Copyright holder statement. */
  readonly copyright: string;
  /** The attribution sentence to reproduce wherever the figures are shown. */
  readonly attribution: string;
}

/** Where the numbers come from and what was done to them (STYLE rule 20). */
export interface CensusProvenance {
  /** Human-readable title of the dataset. */
  readonly title: string;
  /** Producer of the statistics. */
  readonly publisher: string;
  /** The official source the values originate from. */
  readonly source: string;
  /** Landing page of the official source. */
  readonly url: string;
  /** Census reference date (ISO). */
  readonly referenceDate: string;
  /** Edition of this bundled dataset; corrections ship as a new edition, never as silent edits. */
  readonly edition: string;
  /** When the source files were retrieved. */
  readonly retrieved: string;
  /** Data licence. */
  readonly licence: CensusLicence;
  /** Source files, by id. */
  readonly sources: ReadonlyArray<CensusSource>;
  /** Every transformation between the source files and these constants. */
  readonly transformations: ReadonlyArray<string>;
  /** Known errors and corrections (empty when none). */
  readonly errata: ReadonlyArray<string>;
  /** Raw files read by the generator, with their sha256. */
  readonly inputs: ReadonlyArray<{
    /** Path of the raw file, relative to the repository root. */
    readonly file: string;
    /** sha256 of the file, hex. */
    readonly sha256: string;
  }>;
}

/** A census reference dataset: areas, tables, topic → table preferences, caveat texts and provenance. */
export interface CensusDataset {
  /** Dataset id, e.g. `census2021`. */
  readonly id: string;
  /** Areas by GSS code. */
  readonly areas: Readonly<Record<string, CensusArea>>;
  /** Tables by ONS table id. */
  readonly tables: Readonly<Record<string, CensusTable>>;
  /** For each topic, the table ids to try in order; the first that has a row for the area is used. */
  readonly topics: Readonly<Partial<Record<CensusTopic, ReadonlyArray<string>>>>;
  /** Caveat texts by id (tables and baselines refer to them by id). */
  readonly caveats: Readonly<Record<string, string>>;
  /** Ids of caveats that apply to every baseline drawn from the dataset. */
  readonly generalCaveats: ReadonlyArray<string>;
  /** Provenance. */
  readonly provenance: CensusProvenance;
}
