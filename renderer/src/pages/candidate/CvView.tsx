import type { CvEntry, CvSection, StructuredCv } from '../../../../shared/cv/model';
import { Card } from '../../components/Card';
import { useT } from '../../i18n/useT';
import { formatPeriod } from '../../ui/format';

/** The structured CV: sections as recognised, experience and education split into entries. */
export function CvView({ cv }: { readonly cv: StructuredCv }) {
  const { t } = useT();
  return (
    <Card title={t('candidate.structuredTitle')} description={t('candidate.structuredIntro')} titleId="structured-title" bodyClassName="cv" testId="structured-cv">
      {cv.header.length > 0 ? (
        <div className="cv-section cv-top">
          <h3 className="cv-section-title">{t('candidate.headerLines')}</h3>
          <Lines lines={cv.header} />
        </div>
      ) : null}
      {cv.sections.length === 0 ? <p className="muted">{t('candidate.noSections')}</p> : null}
      {cv.sections.map((s, i) => (
        <Section key={`${s.kind}-${i}`} section={s} />
      ))}
      {cv.furniture.length > 0 ? (
        <div className="cv-section cv-furniture">
          <h3 className="cv-section-title">{t('candidate.furniture')}</h3>
          <Lines lines={[...new Set(cv.furniture)]} />
        </div>
      ) : null}
    </Card>
  );
}

function Section({ section }: { readonly section: CvSection }) {
  const { t } = useT();
  const entries = section.entries ?? [];
  return (
    <div className="cv-section" data-testid="cv-section" data-kind={section.kind}>
      <div className="cv-section-head">
        <h3 className="cv-section-title">{section.title || t('candidate.untitled')}</h3>
        <span className="cv-kind">{t(`section.${section.kind}`)}</span>
      </div>
      {entries.length > 0 ? (
        <ol className="cv-entries">
          {entries.map((e, i) => (
            <Entry key={i} entry={e} />
          ))}
        </ol>
      ) : (
        <Lines lines={section.lines} />
      )}
    </div>
  );
}

function Entry({ entry }: { readonly entry: CvEntry }) {
  const { t, locale } = useT();
  const known = entry.title || entry.organisation || entry.period;
  return (
    <li className="cv-entry" data-testid="cv-entry">
      {known ? (
        <div className="cv-entry-head">
          <div>
            {entry.title ? <p className="cv-entry-title">{entry.title}</p> : null}
            {entry.organisation ? <p className="cv-entry-org">{entry.organisation}</p> : null}
          </div>
          <div className="cv-entry-meta">
            {entry.period ? <span className="cv-entry-period">{formatPeriod(entry.period, locale, t('candidate.present'))}</span> : null}
            {entry.location ? <span className="cv-entry-location">{entry.location}</span> : null}
          </div>
        </div>
      ) : null}
      {entry.bullets.length > 0 ? (
        <ul className="cv-bullets">
          {entry.bullets.map((b, i) => (
            <li key={i}>{b}</li>
          ))}
        </ul>
      ) : null}
      {/* An entry with no recognised field keeps its lines visible, so nothing is lost. */}
      {!known && entry.bullets.length === 0 ? <Lines lines={entry.lines} /> : null}
    </li>
  );
}

function Lines({ lines }: { readonly lines: readonly string[] }) {
  return (
    <div className="cv-lines">
      {lines.map((l, i) => (
        <p key={i}>{l}</p>
      ))}
    </div>
  );
}
