/**
 * Census 2021 (England and Wales) baselines: ONS topic-summary counts for all 331 local authority
 * districts (LAD 2021) where the sources have them (age in five-year bands and single years, sex,
 * the 19 ethnic groups, disability, sexual orientation), and England and Wales for the rest
 * (religion, gender identity). Import it only where you need it and pass it to `baseline` from
 * `social-outcomes/equity`, so the equity module stays small in a browser bundle.
 *
 * Data: © Crown copyright, Office for National Statistics, Open Government Licence v3.0. Attribution:
 * "Source: Office for National Statistics licensed under the Open Government Licence v.3.0".
 *
 * @packageDocumentation
 */
import type { CensusDataset } from './types';
import { areas } from './areas';
import { caveats, generalCaveats } from './caveats';
import { provenance } from './provenance';
import { ts001 } from './tables/ts001';
import { ts007 } from './tables/ts007';
import { ts007a } from './tables/ts007a';
import { ts008 } from './tables/ts008';
import { ts009 } from './tables/ts009';
import { ts021 } from './tables/ts021';
import { ts030 } from './tables/ts030';
import { ts038 } from './tables/ts038';
import { ts070 } from './tables/ts070';
import { ts077 } from './tables/ts077';
import { ts078 } from './tables/ts078';

export type {
  CensusTopic,
  CensusLevel,
  CensusAgeSpan,
  CensusCategory,
  CensusRow,
  CensusTable,
  CensusArea,
  CensusSource,
  CensusLicence,
  CensusProvenance,
  CensusDataset,
} from './types';
export { provenance } from './provenance';

/**
 * The bundled Census 2021 dataset: areas, tables by ONS id, topic → table preferences, caveats and
 * provenance.
 *
 * @remarks
 * Topic `sex` uses TS008 where it exists (England and Wales) and the TS009 margin for local
 * authorities. Counts are copied unchanged from the ONS files; see {@link provenance}.
 *
 * @example
 * ```ts
 * import { census2021 } from 'social-outcomes/data/census2021';
 * census2021.areas['E08000025']?.name //=> 'Birmingham'
 * census2021.tables['TS038']?.rows['E08000025']?.total //=> 1144919
 * Object.values(census2021.areas).filter((a) => a.type === 'ltla').length //=> 331
 * ```
 */
export const census2021: CensusDataset = {
  id: 'census2021',
  areas,
  tables: {
    TS001: ts001,
    TS007A: ts007a,
    TS007: ts007,
    TS008: ts008,
    TS009: ts009,
    TS021: ts021,
    TS030: ts030,
    TS038: ts038,
    TS077: ts077,
    TS078: ts078,
    TS070: ts070,
  },
  topics: {
    'usual-residents': ['TS001'],
    'age-five-year': ['TS007A'],
    'age-single-year': ['TS007'],
    sex: ['TS008', 'TS009'],
    'ethnic-group': ['TS021'],
    religion: ['TS030'],
    disability: ['TS038'],
    'sexual-orientation': ['TS077'],
    'gender-identity': ['TS078'],
    'gender-identity-detailed': ['TS070'],
  },
  caveats,
  generalCaveats,
  provenance,
};
