/**
 * Recognisers for direct identifiers inside values: NHS numbers (with their modulus-11 check digit),
 * UK phone numbers, email addresses and full UK postcodes. Used to refuse such values in id and
 * free-text fields of the record standard.
 */

/** `true` when the 10 digits pass the NHS number modulus-11 check. */
export function nhsCheckDigitValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === Number(digits[9]);
}

/**
 * `true` when the whole value is 10 digits (optionally grouped 3-3-4 by spaces or hyphens) with a valid
 * NHS number check digit.
 */
export function looksLikeNhsNumber(value: string): boolean {
  const m = /^(\d{3})[ -]?(\d{3})[ -]?(\d{4})$/.exec(value.trim());
  return m !== null && nhsCheckDigitValid(`${m[1]}${m[2]}${m[3]}`);
}

function ukNational(digitsWithPlus: string): string | undefined {
  const plus = digitsWithPlus.startsWith('+');
  let d = digitsWithPlus.replace(/\D/g, '');
  if (plus || d.startsWith('0044')) {
    d = d.startsWith('0044') ? d.slice(4) : d.startsWith('44') ? d.slice(2) : '';
    if (d.startsWith('0')) d = d.slice(1);
    d = `0${d}`;
  }
  return /^0[1-9]\d{8,9}$/.test(d) ? d : undefined;
}

/** `true` when the whole value is a UK phone number (`07700 900123`, `+44 20 7946 0958`, `0121-496-0000`). */
export function looksLikePhoneNumber(value: string): boolean {
  const v = value.trim();
  if (!/^\+?[\d\s()-]{10,20}$/.test(v)) return false;
  return ukNational(v) !== undefined;
}

const EMAIL_RE = /[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[A-Za-z]{2,}/;
const POSTCODE_RE = /\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}\b/i;
const PHONE_CANDIDATE_RE = /(?:\+|\b0)[\d\s()-]{9,19}\d/g;
const NHS_CANDIDATE_RE = /\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/g;

/** The kinds of direct identifier {@link personalDataIn} recognises. */
export type PersonalDataKind = 'email' | 'phone' | 'postcode' | 'nhs-number';

/**
 * The first kind of direct identifier found anywhere in `text`, or `undefined`. Used on free-text
 * fields (commissioning area, ward, referral route), which must not carry personal data.
 */
export function personalDataIn(text: string): PersonalDataKind | undefined {
  if (text.includes('@') && EMAIL_RE.test(text)) return 'email';
  if (/\d/.test(text)) {
    if (POSTCODE_RE.test(text)) return 'postcode';
    for (const m of text.matchAll(NHS_CANDIDATE_RE)) {
      if (nhsCheckDigitValid(m[0].replace(/\D/g, ''))) return 'nhs-number';
    }
    for (const m of text.matchAll(PHONE_CANDIDATE_RE)) {
      if (ukNational(m[0]) !== undefined) return 'phone';
    }
  }
  return undefined;
}

/** `true` when the whole value is a full UK postcode (`B15 2TT`, `sw1a1aa`). */
export function looksLikeFullPostcode(value: string): boolean {
  return /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}$/i.test(value.trim());
}
