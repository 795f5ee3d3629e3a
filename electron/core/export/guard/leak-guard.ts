import { findLeaks, type Needle } from '../../../../shared/export/leak';
import type { ExportFormat } from '../../../../shared/export/shares';
import { CoreError } from '../../errors';
import { docxFileText, pdfFileText } from './file-text';

const KIND_WORDS: Readonly<Record<string, string>> = {
  name: 'the candidate\'s name',
  email: 'an e-mail address',
  phone: 'a phone number',
  address: 'the street address',
  url: 'a personal link',
};

const describe = (kind: string): string =>
  kind.startsWith('special:') ? `a special-category statement (${kind.slice(8)})` : (KIND_WORDS[kind] ?? `an identifier (${kind})`);

/**
 * Reads the finished file back and refuses it if anything known about the candidate that must not
 * be there is found. The error names the kinds, never the values (it may be shown or logged).
 */
export const guardAgainstLeaks = async (bytes: Uint8Array, format: ExportFormat, needles: readonly Needle[]): Promise<void> => {
  const text = format === 'pdf' ? await pdfFileText(bytes) : await docxFileText(bytes);
  const kinds = findLeaks(text, needles);
  if (kinds.length > 0)
    throw new CoreError(
      'EXPORT_BLOCKED_LEAK',
      `The company CV was not written: it still contains ${kinds.map(describe).join(', ')} (${kinds.join(', ')}). Remove it in review, then export again.`,
    );
};
