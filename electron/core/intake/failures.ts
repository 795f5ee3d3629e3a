import { CoreError } from '../errors';

/**
 * Every message a recruiter can see for a file that cannot be imported, in one place so the
 * wording stays plain and consistent. Messages describe the file, never quote its content.
 */
const SUPPORTED = 'CVault reads PDF and Word (.docx) files';

export const unsupportedType = (what: string, advice?: string): CoreError =>
  new CoreError(
    'IMPORT_UNSUPPORTED_TYPE',
    `This file is ${what}. ${SUPPORTED}${advice ? `: ${advice}` : '.'}`,
  );

export const tooLargeFile = (bytes: number, max: number): CoreError =>
  new CoreError(
    'IMPORT_TOO_LARGE',
    `This file is ${formatMb(bytes)}; the limit is ${formatMb(max)}. Ask the candidate for a smaller version.`,
  );

export const tooManyPages = (pages: number, max: number): CoreError =>
  new CoreError(
    'IMPORT_TOO_LARGE',
    `This PDF has ${pages} pages; the limit is ${max}. Import the CV part on its own.`,
  );

export const oversizedArchive = (reason: string): CoreError =>
  new CoreError(
    'IMPORT_TOO_LARGE',
    `This Word document ${reason}. It may be damaged or built to overload the app, so it was not opened.`,
  );

export const outOfMemory = (): CoreError =>
  new CoreError(
    'IMPORT_TOO_LARGE',
    'Reading this file needed more memory than allowed. It may be damaged or built to overload the app.',
  );

export const encryptedPdf = (): CoreError =>
  new CoreError(
    'IMPORT_ENCRYPTED',
    'This PDF is protected with a password. Ask the candidate for a version without a password.',
  );

export const encryptedOffice = (): CoreError =>
  new CoreError(
    'IMPORT_ENCRYPTED',
    'This Word document is protected with a password. Ask the candidate for a version without a password.',
  );

export const corruptPdf = (detail?: string): CoreError =>
  new CoreError('IMPORT_CORRUPT', `This PDF is damaged${detail ? ` (${detail})` : ''} and cannot be read.`);

export const corruptDocx = (detail?: string): CoreError =>
  new CoreError('IMPORT_CORRUPT', `This Word document is damaged${detail ? ` (${detail})` : ''} and cannot be read.`);

export const emptyFile = (): CoreError => new CoreError('IMPORT_CORRUPT', 'This file is empty.');

export const misnamedFile = (claimed: 'PDF' | 'Word document'): CoreError =>
  new CoreError(
    'IMPORT_CORRUPT',
    `This file is named like a ${claimed} but its content is not one: it is damaged or incomplete.`,
  );

export const noTextLayer = (): CoreError =>
  new CoreError(
    'IMPORT_NO_TEXT',
    'This PDF contains no text: it looks like a scanned image. Ask the candidate for a text-based PDF or a Word (.docx) file.',
  );

export const noTextInDocx = (): CoreError =>
  new CoreError('IMPORT_NO_TEXT', 'This Word document contains no text.');

export const timedOut = (ms: number): CoreError =>
  new CoreError(
    'IMPORT_TIMEOUT',
    `Reading this file took longer than ${ms >= 1000 ? `${Math.round(ms / 1000)} seconds` : `${ms} ms`}, so it was stopped. It may be damaged or unusually complex.`,
  );

export const cancelled = (): CoreError => new CoreError('IMPORT_CANCELLED', 'The import of this file was cancelled.');

export const parserCrashed = (): CoreError =>
  new CoreError('IMPORT_CORRUPT', 'The reader stopped unexpectedly on this file. It is probably damaged.');

export const unreadable = (): CoreError => new CoreError('IMPORT_CORRUPT', 'This file could not be read. It is probably damaged.');

const formatMb = (bytes: number): string => {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
};
