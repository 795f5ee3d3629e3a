import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/useT';
import type { QueueItem } from '../../import/queue-model';
import { FileSize } from './FileSize';

interface StagedFilesProps {
  readonly items: readonly QueueItem[];
  readonly onStart: () => void;
  readonly onRemove: (id: number) => void;
  readonly onClear: () => void;
}

/** Files picked or dropped but not imported yet: checked against the source before they go in. */
export function StagedFiles({ items, onStart, onRemove, onClear }: StagedFilesProps) {
  const { t } = useT();
  const count = items.length;
  return (
    <section className="card staged" data-testid="staged-files" aria-labelledby="staged-title">
      <header className="staged-header">
        <div>
          <h2 className="card-title" id="staged-title">
            {t('import.stagedTitle', { count })}
          </h2>
          <p className="card-description">{t('import.stagedIntro')}</p>
        </div>
      </header>
      <ul className="staged-list">
        {items.map((i) => (
          <li key={i.id} className="staged-item">
            <Icon name="fileText" size={16} className="staged-icon" />
            <span className="staged-name" title={i.name}>
              {i.name}
            </span>
            <FileSize bytes={i.size} />
            <button type="button" className="icon-button" onClick={() => onRemove(i.id)} aria-label={t('import.unstage', { name: i.name })}>
              <Icon name="x" size={14} />
            </button>
          </li>
        ))}
      </ul>
      <footer className="staged-footer">
        <Button variant="ghost" onClick={onClear}>
          {t('import.clearStaged')}
        </Button>
        <Button variant="primary" icon="upload" onClick={onStart} data-testid="start-import">
          {t('import.start', { count })}
        </Button>
      </footer>
    </section>
  );
}
