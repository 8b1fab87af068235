import { componentsOf, type Component, type AvailabilityResult, type ServiceAvailability, type DesignDoc, NODE_KINDS } from '../../engine';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { NumberField } from '../inspector/NumberField';
import { nameLookup } from '../timeline/describeEvent';
import { startAnalysis } from './analysisRunner';
import { isStale, useAnalysis } from './analysisStore';
import { liveSeed } from './simAdapter';

export const pct = (a: number, digits = 4): string => `${(a * 100).toFixed(digits)} %`;
export const nines = (s: Pick<ServiceAvailability, 'nines'>): string => (s.nines === null ? '∞' : s.nines.toFixed(2));
const hours = (h: number) => (h >= 1 ? `${h.toFixed(1)} h` : `${Math.round(h * 60)} min`);

/** Each component's MTBF/MTTR: set on the node, or its kind's estimate (labelled so). Clicking a name selects it for the inspector. */
function Parameters({ design }: { design: DesignDoc }) {
  const { t } = useTranslation();
  const select = useAppStore((s) => s.select);
  const name = useMemo(() => nameLookup(design), [design]);
  const components = useMemo(() => componentsOf(design), [design]);
  // A link is an edge of the canvas: selecting it shows the link's inspector.
  const choose = (c: Component) => (c.element === 'link' ? select([], [c.id]) : select([c.id]));
  const kindName = (k: string) => (k === 'site' || k === 'link' ? t(`analysis.reliability.kind.${k}`) : NODE_KINDS.get(k) ? t(`kind.${k}`, { defaultValue: k }) : k);
  return (
    <details className="analysis-params">
      <summary>{t('analysis.availability.params', { n: components.length })}</summary>
      <p className="muted">{t('analysis.availability.paramsNote')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('analysis.availability.component')}</th>
            <th scope="col">{t('param.mtbfHours')}</th>
            <th scope="col">{t('param.mttrHours')}</th>
          </tr>
        </thead>
        <tbody>
          {components.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <button type="button" className="link" onClick={() => choose(c)}>
                  {name(c.id)}
                </button>
              </th>
              <td>
                {c.mtbfHours} h {c.estimated.mtbfHours && <span className="source source-model">{t('analysis.availability.estimate')}</span>}
              </td>
              <td>
                {c.mttrHours} h {c.estimated.mttrHours && <span className="source source-model">{t('analysis.availability.estimate')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('analysis.availability.kinds', { kinds: [...new Set(components.map((c) => c.kind))].map(kindName).join(', ') })}</p>
    </details>
  );
}

function Result({ r, design }: { r: AvailabilityResult; design: DesignDoc }) {
  const { t } = useTranslation();
  const name = useMemo(() => nameLookup(design), [design]);
  const serviceName = (s: string) => (s === 'system' ? t('analysis.targets.system') : name(s));
  return (
    <>
      <p className="analysis-summary">{t('analysis.availability.summary', { years: r.years, failures: r.failures, overlapping: r.overlapping, runs: r.engineRuns, seed: r.seed })}</p>
      <div className="matrix-scroll">
        <table className="availability-table">
          <caption>{t('analysis.availability.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('analysis.availability.service')}</th>
              <th scope="col">{t('analysis.availability.availability')}</th>
              <th scope="col">{t('analysis.availability.ci')}</th>
              <th scope="col">{t('analysis.availability.nines')}</th>
              <th scope="col">{t('analysis.availability.downtime')}</th>
              <th scope="col">{t('analysis.availability.outages')}</th>
              <th scope="col">{t('analysis.availability.analytic')}</th>
            </tr>
          </thead>
          <tbody>
            {r.services.map((s) => (
              <tr key={s.service}>
                <th scope="row">{serviceName(s.service)}</th>
                <td>{pct(s.availability)}</td>
                <td>
                  {pct(s.ci95[0])} – {pct(s.ci95[1])}
                </td>
                <td>{nines(s)}</td>
                <td>{hours(s.downtimeHoursPerYear)}</td>
                <td>{s.outagesPerYear.toFixed(2)}</td>
                <td>{pct(s.analytic)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>{t('analysis.availability.whyTitle')}</h4>
      <ul className="analysis-why">
        {r.services.map((s) => (
          <li key={s.service}>
            <strong>{serviceName(s.service)}</strong>: {s.why.map((k) => t(k)).join(' ')}
          </li>
        ))}
      </ul>
      <h4>{t('analysis.availability.criticality')}</h4>
      <ol className="analysis-criticality" aria-label={t('analysis.availability.criticality')}>
        {r.criticality
          .filter((c) => c.share > 0)
          .map((c) => (
            <li key={c.component}>
              <span>{name(c.component)}</span> <meter min={0} max={1} value={c.share} aria-label={name(c.component)} /> {(c.share * 100).toFixed(1)} %
            </li>
          ))}
      </ol>
    </>
  );
}

/** Availability (issue 14.3): Monte-Carlo over simulated years with the engine's impacts, beside DOMAIN.md §4's estimate. */
export function AvailabilityView() {
  const { t } = useTranslation();
  const design = useAppStore((s) => s.design);
  const availability = useAnalysis((s) => s.availability);
  const running = useAnalysis((s) => s.running);
  const [years, setYears] = useState(100);
  return (
    <div className="analysis-availability">
      <p className="muted">{t('analysis.availability.intro')}</p>
      <Parameters design={design} />
      <div className="analysis-actions">
        <NumberField label={t('analysis.availability.years')} value={years} unit={t('analysis.availability.yearsUnit')} min={1} max={100_000} onCommit={setYears} />
        <button type="button" disabled={running !== null} onClick={() => startAnalysis({ kind: 'availability', design, seed: liveSeed(), years })}>
          {t('analysis.availability.run')}
        </button>
      </div>
      {availability && (
        <>
          {availability.cached && <p className="muted">{t('analysis.run.cached')}</p>}
          {isStale(availability.design, design) && <p className="analysis-stale">{t('analysis.run.stale')}</p>}
          <Result r={availability.result} design={availability.design} />
        </>
      )}
    </div>
  );
}
