import { describe, expect, it } from 'vitest';
import { findForbiddenColumns, InvalidInputError, CLIENT_RECORD_FIELDS } from 'social-outcomes/schema';

describe('findForbiddenColumns', () => {
  const forbidden: Array<[string, string]> = [
    ['Name', 'name'], ['Client Name', 'name'], ['first_name', 'name'], ['Surname', 'name'], ['forename', 'name'], ['clientname', 'name'], ['FullName', 'name'], ['Username', 'name'],
    ['DOB', 'date-of-birth'], ['Date of birth', 'date-of-birth'], ['dateOfBirth', 'date-of-birth'], ['birth_date', 'date-of-birth'], ['Birthday', 'date-of-birth'],
    ['NHS Number', 'nhs-number'], ['nhs_no', 'nhs-number'], ['NHSNumber', 'nhs-number'], ['CHI number', 'nhs-number'],
    ['NI Number', 'national-insurance-number'], ['National Insurance No', 'national-insurance-number'], ['NINO', 'national-insurance-number'],
    ['Postcode', 'postcode'], ['post_code', 'postcode'], ['Postal code', 'postcode'], ['Full postcode', 'postcode'],
    ['Address', 'address'], ['Address line 1', 'address'], ['street', 'address'], ['House number', 'address'], ['homeAddress', 'address'],
    ['Email', 'email'], ['E-mail', 'email'], ['email_address', 'email'],
    ['Phone', 'phone'], ['Telephone', 'phone'], ['Mobile', 'phone'], ['Tel', 'phone'], ['contact number', 'phone'], ['phoneNumber', 'phone'],
  ];
  for (const [column, kind] of forbidden) {
    it(`refuses ${JSON.stringify(column)} (${kind})`, () => {
      expect(findForbiddenColumns([column])).toEqual([{ column, index: 0, kind }]);
    });
  }

  const allowed = [
    'Provider name', 'Ward name', 'Name of instrument', 'Service name', 'Postcode district', 'postcode_outcode', 'outcode', 'Postcode area',
    'genderSameAsBirth', 'Gender same as sex registered at birth', 'Country of birth', 'Unnamed: 0', 'tenancyStart', 'Mobility aid',
    'referralRoute', 'Ethnicity', 'Hotel stays', 'LSOA name', 'Team name', 'star_homelessness-star_date_1',
  ];
  it('accepts every field name of the record standard', () => {
    expect(findForbiddenColumns([...CLIENT_RECORD_FIELDS])).toEqual([]);
  });
  for (const column of allowed) {
    it(`accepts ${JSON.stringify(column)}`, () => {
      expect(findForbiddenColumns([column])).toEqual([]);
    });
  }

  it('lists every forbidden column with its position, in column order', () => {
    expect(findForbiddenColumns(['clientId', 'Email', 'age', 'DOB']).map((f) => [f.index, f.kind])).toEqual([[1, 'email'], [3, 'date-of-birth']]);
  });

  it('refuses input that is not an array of strings', () => {
    expect(() => findForbiddenColumns('Name' as unknown as string[])).toThrow(InvalidInputError);
    expect(() => findForbiddenColumns([1] as unknown as string[])).toThrow(/findForbiddenColumns requires headers to be strings \(got 1\)/);
  });
});
