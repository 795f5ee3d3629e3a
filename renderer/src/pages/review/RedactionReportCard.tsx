import type { RedactionReport } from '../../../../shared/detect/plan-types';
import { Card } from '../../components/Card';
import { Table } from '../../components/Table';
import { useT } from '../../i18n/useT';
import { sectionLabel, typeLabel } from './labels';

/** What the export removes, by type and by section: counts only, never a value. */
export function RedactionReportCard({ report }: { readonly report: RedactionReport }) {
  const { t } = useT();
  const types = [...report.byType].sort((a, b) => b.occurrences - a.occurrences || a.type.localeCompare(b.type));
  const sections = [...report.bySection].sort((a, b) => b.occurrences - a.occurrences || a.section.localeCompare(b.section));
  return (
    <Card title={t('review.report.title')} description={t('review.report.intro')} testId="redaction-report">
      <div className="stack">
        <p data-testid="report-summary">
          {t('review.report.summary', { items: report.removed.items, places: report.removed.occurrences, kept: report.kept.rejected, pending: report.pending })}
        </p>
        {types.length === 0 ? (
          <p className="muted">{t('review.report.nothing')}</p>
        ) : (
          <div className="rv-report-grid">
            <div>
              <h3 className="rv-report-heading">{t('review.report.byType')}</h3>
              <Table
                caption={t('review.report.byType')}
                columns={[{ label: t('review.report.type') }, { label: t('review.report.kind') }, { label: t('review.report.items'), align: 'end' }, { label: t('review.report.places'), align: 'end' }]}
                rowKeys={types.map((r) => `${r.kind}|${r.type}`)}
                rows={types.map((r) => [typeLabel(t, r.type), t(`review.kindOne.${r.kind}`), r.items, r.occurrences])}
                testId="report-by-type"
              />
            </div>
            <div>
              <h3 className="rv-report-heading">{t('review.report.bySection')}</h3>
              <Table
                caption={t('review.report.bySection')}
                columns={[{ label: t('review.report.section') }, { label: t('review.report.places'), align: 'end' }]}
                rowKeys={sections.map((r) => r.section)}
                rows={sections.map((r) => [sectionLabel(t, r.section), r.occurrences])}
                testId="report-by-section"
              />
            </div>
          </div>
        )}
      </div>
    </Card>
  );
}
