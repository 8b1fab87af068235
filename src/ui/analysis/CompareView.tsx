import { type Comparison, type ServiceSummary, type DesignDoc, formatDuration } from '../../engine';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useAppStore } from '../../state/store';
import { serial } from '../../state/persistence/session';
import type { DesignEntry } from '../../state/persistence/library';
import { TEMPLATES } from '../../templates';
import { NumberField } from '../inspector/NumberField';
import { nameLookup } from '../timeline/describeEvent';
import { startAnalysis } from './analysisRunner';
import { isStale, useAnalysis } from './analysisStore';
import { pct } from './AvailabilityView';
import { CompareChart } from './CompareChart';
import { liveSeed } from './simAdapter';

const d = (ms: number) => (ms === 0 ? '0s' : formatDuration(ms));

function summaryText(t: TFunction, s: ServiceSummary | undefined): string {
  if (!s) return t('analysis.compare.absent');
  const parts = [t('analysis.compare.hurtBy', { n: s.failuresHurting }), t('analysis.compare.untilRepair', { n: s.downUntilRepair }), t('analysis.compare.worst', { time: d(s.worstImpactMs) })];
  if (s.targetsChecked > 0) parts.push(t('analysis.compare.missed', { missed: s.targetsMissed, checked: s.targetsChecked }));
  if (s.availability) parts.push(`${pct(s.availability.availability)} (${s.availability.nines === null ? '∞' : s.availability.nines.toFixed(2)} ${t('analysis.availability.nines')})`);
  return parts.join(', ');
}

/** A mark that two columns differ, in words for screen readers. */
function Differs({ differs }: { differs: boolean }) {
  const { t } = useTranslation();
  return differs ? (
    <span className="differs" title={t('analysis.compare.differs')}>
      ≠<span className="sr-only">{t('analysis.compare.differs')}</span>
    </span>
  ) : null;
}

/** Per lane (function) of one failure: when it worked again in A and in B, a lane that differs marked ≠. */
function Lanes({ lanes }: { lanes: Comparison['failures'][number]['lanes'] }) {
  const { t } = useTranslation();
  if (lanes.length === 0) return <>—</>;
  const when = (ms: number | null | undefined) => (ms === undefined ? t('analysis.compare.laneUntouched') : ms === null ? t('analysis.compare.laneNotBack') : d(ms));
  return (
    <ul className="compare-lanes">
      {lanes.map((l) => (
        <li key={l.lane} className={l.differs ? 'row-differs' : undefined}>
          {t(`report.lane.${l.lane}`)}: A {when(l.a)} · B {when(l.b)} <Differs differs={l.differs} />
        </li>
      ))}
    </ul>
  );
}

function Result({ c, design, other }: { c: Comparison; design: DesignDoc; other: DesignDoc }) {
  const { t } = useTranslation();
  const [a, b] = [nameLookup(design), nameLookup(other)];
  const name = (id: string) => (id === 'system' ? t('analysis.targets.system') : a(id) === id ? b(id) : a(id));
  const maxImpact = Math.max(1, ...c.failures.flatMap((f) => [f.a?.worstImpactMs ?? 0, f.b?.worstImpactMs ?? 0]));
  const bar = (ms: number | undefined, side: 'a' | 'b') => <span className={`bar bar-${side}`} style={{ width: `${((ms ?? 0) / maxImpact) * 100}%` }} />;
  const differing = c.services.filter((s) => s.differs).length + c.failures.filter((f) => f.differs).length + c.findings.filter((f) => f.differs).length;
  return (
    <>
      <p className="analysis-summary">{t('analysis.compare.summary', { a: c.names[0], b: c.names[1], seed: c.seed, n: differing })}</p>
      <table className="compare-table">
        <caption>{t('analysis.compare.services')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analysis.availability.service')}</th>
            <th scope="col">A: {c.names[0]}</th>
            <th scope="col">B: {c.names[1]}</th>
          </tr>
        </thead>
        <tbody>
          {c.services.map((s) => (
            <tr key={s.service} className={s.differs ? 'row-differs' : undefined}>
              <th scope="row">
                {name(s.service)} <Differs differs={s.differs} />
              </th>
              <td>{summaryText(t, s.a)}</td>
              <td>{summaryText(t, s.b)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CompareChart c={c} />
      <table className="compare-table compare-failures">
        <caption>{t('analysis.compare.failures')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analysis.sweep.failure')}</th>
            <th scope="col">A</th>
            <th scope="col">B</th>
            <th scope="col">{t('analysis.compare.lanes')}</th>
            <th scope="col" aria-label={t('analysis.compare.chart')}>
              <span className="legend-a">A</span> <span className="legend-b">B</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {c.failures.map((f) => (
            <tr key={f.id} className={f.differs ? 'row-differs' : undefined}>
              <th scope="row">
                {f.id} <Differs differs={f.differs} />
              </th>
              <td>{f.a ? `${d(f.a.worstImpactMs)}${f.a.missed > 0 ? ` · ${t('analysis.compare.missedShort', { n: f.a.missed })}` : ''}` : t('analysis.compare.absent')}</td>
              <td>{f.b ? `${d(f.b.worstImpactMs)}${f.b.missed > 0 ? ` · ${t('analysis.compare.missedShort', { n: f.b.missed })}` : ''}` : t('analysis.compare.absent')}</td>
              <td>
                <Lanes lanes={f.lanes} />
              </td>
              <td className="bars" aria-hidden="true">
                {bar(f.a?.worstImpactMs, 'a')}
                {bar(f.b?.worstImpactMs, 'b')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="compare-table">
        <caption>{t('analysis.compare.checks')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analysis.compare.check')}</th>
            <th scope="col">A</th>
            <th scope="col">B</th>
          </tr>
        </thead>
        <tbody>
          {c.findings.map((f) => {
            const finding = (f.a ?? f.b)!;
            return (
              <tr key={f.key} className={f.differs ? 'row-differs' : undefined}>
                <th scope="row">
                  {t(finding.messageKey, { ...finding.params })} <Differs differs={f.differs} />
                </th>
                <td>{f.a ? t(`live.checks.severity.${f.a.severity}`) : '—'}</td>
                <td>{f.b ? t(`live.checks.severity.${f.b.severity}`) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

/** The saved designs, re-read when the library changes. */
function useSavedDesigns(): DesignEntry[] {
  const version = useAppStore((s) => s.libraryVersion);
  const [entries, setEntries] = useState<DesignEntry[]>([]);
  useEffect(() => {
    let live = true;
    serial((lib) => lib.list()).then(
      (list) => live && setEntries(list),
      () => live && setEntries([]),
    );
    return () => {
      live = false;
    };
  }, [version]);
  return entries;
}

async function otherDesign(choice: string): Promise<DesignDoc | undefined> {
  if (choice.startsWith('template:')) return TEMPLATES.find((x) => x.id === choice.slice(9))?.design;
  return (await serial((lib) => lib.load(choice.slice(6))))?.design;
}

/** Two designs side by side (issue 14.4): the current one and a saved design or a template, same failures and seed. */
export function CompareView() {
  const { t } = useTranslation();
  const design = useAppStore((s) => s.design);
  const compare = useAnalysis((s) => s.compare);
  const running = useAnalysis((s) => s.running);
  const saved = useSavedDesigns();
  const [choice, setChoice] = useState(`template:${TEMPLATES[0]!.id}`);
  const [years, setYears] = useState(0);
  const templates = useMemo(() => TEMPLATES.map((x) => ({ value: `template:${x.id}`, label: t(x.titleKey) })), [t]);
  const run = async () => {
    const other = await otherDesign(choice);
    if (other) startAnalysis({ kind: 'compare', design, other, seed: liveSeed(), years });
  };
  return (
    <div className="analysis-compare">
      <p className="muted">{t('analysis.compare.intro')}</p>
      <div className="analysis-actions">
        <label>
          {t('analysis.compare.with')}
          <select value={choice} onChange={(e) => setChoice(e.target.value)}>
            <optgroup label={t('analysis.compare.templates')}>
              {templates.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
            {saved.length > 0 && (
              <optgroup label={t('analysis.compare.saved')}>
                {saved.map((e) => (
                  <option key={e.id} value={`saved:${e.id}`}>
                    {e.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        <NumberField label={t('analysis.compare.years')} value={years} unit={t('analysis.availability.yearsUnit')} min={0} max={100_000} onCommit={setYears} />
        <button type="button" disabled={running !== null} onClick={() => void run()}>
          {t('analysis.compare.run')}
        </button>
      </div>
      {compare && (
        <>
          {compare.cached && <p className="muted">{t('analysis.run.cached')}</p>}
          {isStale(compare.design, design) && <p className="analysis-stale">{t('analysis.run.stale')}</p>}
          <Result c={compare.comparison} design={compare.design} other={compare.other} />
        </>
      )}
    </div>
  );
}
