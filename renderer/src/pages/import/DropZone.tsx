import { useRef } from 'react';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/useT';

/** The extensions the picker offers; the core still checks each file's real type by its bytes. */
const ACCEPT = '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Where files go in: a drop target (the whole window accepts drops too) and a file picker. */
export function DropZone({ onFiles }: { readonly onFiles: (files: File[]) => void }) {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="drop-zone" data-testid="drop-zone">
      <div className="drop-zone-icon">
        <Icon name="upload" size={26} />
      </div>
      <p className="drop-zone-title">{t('import.dropTitle')}</p>
      <p className="drop-zone-text">{t('import.dropBody')}</p>
      <Button variant="primary" icon="folder" onClick={() => input.current?.click()}>
        {t('import.pick')}
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="file-input"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          // Reset so picking the same files again fires another change.
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
