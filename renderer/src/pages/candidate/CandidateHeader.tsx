import type { CandidateDetail } from '../../../../shared/candidates/candidate';
import { Badge } from '../../components/Badge';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../ui/format';

/** Name, reference, language and the contact details found in the CV. */
export function CandidateHeader({ candidate }: { readonly candidate: CandidateDetail }) {
  const { t, locale } = useT();
  const c = candidate.contact;
  const hasContact = c.emails.length + c.phones.length + c.links.length > 0 || Boolean(c.address);
  return (
    <section className="card candidate-header" data-testid="candidate-header" aria-labelledby="candidate-name">
      <div className="candidate-identity">
        <div className="avatar" aria-hidden="true">
          {(candidate.name ?? candidate.ref)
            .split(/\s+/)
            .filter(Boolean)
            .slice(0, 2)
            .map((w) => w[0]?.toUpperCase())
            .join('')}
        </div>
        <div className="candidate-titles">
          <h2 className="candidate-name" id="candidate-name" data-testid="candidate-name">
            {candidate.name ?? t('candidates.noName')}
          </h2>
          <p className="candidate-sub">
            <code className="ref" data-testid="candidate-ref">
              {candidate.ref}
            </code>
            <Badge>{t(`language.${candidate.language}`)}</Badge>
            {candidate.source ? <Badge tone="accent">{t(`source.kind.${candidate.source.kind}`)}</Badge> : null}
            <span className="muted">{t('candidate.importedOn', { date: formatDate(candidate.importedAt, locale) })}</span>
          </p>
        </div>
      </div>
      <div className="candidate-contact">
        <h3 className="visually-hidden">{t('candidate.contact')}</h3>
        {hasContact ? (
          <ul className="contact-list" data-testid="candidate-contact">
            {c.emails.map((e) => (
              <li key={`e-${e}`}>
                <Icon name="mail" size={15} />
                <span>{e}</span>
              </li>
            ))}
            {c.phones.map((p) => (
              <li key={`p-${p}`}>
                <Icon name="phone" size={15} />
                <span>{p}</span>
              </li>
            ))}
            {c.address ? (
              <li>
                <Icon name="mapPin" size={15} />
                <span>{c.address}</span>
              </li>
            ) : null}
            {c.links.map((l) => (
              <li key={`l-${l}`}>
                <Icon name="link" size={15} />
                <span className="contact-link">{l}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('candidate.noContact')}</p>
        )}
        {candidate.hasPhoto ? <p className="cell-note">{t('candidate.photo')}</p> : null}
      </div>
    </section>
  );
}
