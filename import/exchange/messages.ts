// What the citation readers say about an entry, as a code with its values (the
// app shows it in its own language: i18n import.citations.msg.<code>) and in
// English (the command line, logs). One table, so both say the same.

type P = Record<string, string | number>;

export const EXCHANGE_MESSAGES = {
  'not-utf8': (p: P) => `the file is not UTF-8 (it looks like ${p.encoding}): export it again as UTF-8 (Unicode)`,
  'not-utf8-unknown': () => 'the file is not UTF-8: export it again as UTF-8 (Unicode)',
  'empty-file': () => 'the file is empty',
  'too-large': (p: P) => `too-large: the file is ${p.mb} MB; the limit for text files is ${p.limit} MB`,
  'not-citations': () => 'not a CSL-JSON, RIS or BibTeX file (by its content or its name)',
  'read-failed': (p: P) => `${p.detail}`,
  'bad-year': (p: P) => `the year ${p.year} is not a year`,
  'bad-month': (p: P) => `the month ${p.month} is not a month`,
  'no-such-day': (p: P) => `there is no day ${p.date}`,
  'not-a-date': (p: P) => `the date "${p.text}" is not a date`,
  'year-only': (p: P) => `the date ${p.date} has no month and day: not kept`,
  'month-only': (p: P) => `the date ${p.date} has no day: not kept`,
  'no-title': () => 'it has no title',
  'title-too-long': (p: P) => `the title is ${p.n} characters; the most a source's title may have is 500`,
  'outlet-too-long': (p: P) => `the outlet (container title) is ${p.n} characters; the most is 200`,
  'authors-too-long': (p: P) => `the authors come to ${p.n} characters; the most is 200`,
  'not-a-url': (p: P) => `the address "${p.url}" is not a web address (http:// or https://)`,
  'url-too-long': () => 'the address is longer than 2,000 characters',
  'notes-too-long': () => 'its notes are longer than 100,000 characters',
  'json-invalid': (p: P) => `${p.detail}`,
  'not-an-array': (p: P) => `a CSL-JSON file is an array of items; this one is ${p.what}`,
  'not-an-item': (p: P) => `is ${p.what}, not a CSL item (an object)`,
  'no-type': () => 'has no "type": not a CSL item',
  'not-text': (p: P) => `"${p.field}" is ${p.what}, not text`,
  'bad-authors': () => '"author" is not a list of names',
  'bad-issued': (p: P) => `"issued" ${p.why}`,
  'ty-no-type': (p: P) => `line ${p.line}: TY has no reference type`,
  'ty-before-er': (p: P) => `line ${p.line}: a new TY before this entry's ER`,
  'broken-tag': (p: P) => `line ${p.line}: a broken tag ${JSON.stringify(p.text)} (a tag is two capitals or digits, two spaces, a hyphen and a space: "TI  - ")`,
  'not-closed': (p: P) => `the entry starting on line ${p.line} is not closed with "ER  - " (a cut-off file?)`,
  'outside-entry': (p: P) => `line ${p.line}: an entry must start with "TY  - "; found ${JSON.stringify(p.text)}`,
  'no-entries': (p: P) => `no BibTeX entries (@article{…}, @online{…} …)${p.line ? ` from line ${p.line}` : ''}`,
  'not-one-entry': (p: P) => `line ${p.line}: not one entry (read ${p.n})`,
  'bibtex-syntax': (p: P) => `${p.detail} at line ${p.line}, in the entry that starts on line ${p.start} (an unclosed brace or quote runs on to the next entry)`,
} as const;

export type ExchangeCode = keyof typeof EXCHANGE_MESSAGES;

/** A message as code, values and English text. */
export interface Said {
  code: ExchangeCode;
  params: P;
  message: string;
}

export function say(code: ExchangeCode, params: P = {}): Said {
  return { code, params, message: EXCHANGE_MESSAGES[code](params) };
}
