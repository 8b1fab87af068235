import { pairCount, singleFailures, type SweepCell, type SweepMatrix, type SweepRow, formatDuration } from '../../engine';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useAppStore } from '../../state/store';
import { describeFault, nameLookup } from '../timeline/describeEvent';
import { startAnalysis } from './analysisRunner';
import { isStale, useAnalysis, setAnalysis } from './analysisStore';
import { liveSeed, replayFailure } from './simAdapter';

const d = (ms: number) => (ms === 0 ? '0s' : formatDuration(ms));

/** How a cell is coloured: against its target when it has one, else by whether the service was hurt at all. */
export function cellClass(c: SweepCell): string {
  if (c.verdict) return c.verdict.pass ? 'cell-pass' : 'cell-miss';
  if (c.impactMs === 0) return 'cell-none';
  return c.downUntilRepair ? 'cell-down' : 'cell-hurt';
}

function CellView({ c, t }: { c: SweepCell; t: TFunction }) {
  const verdict = c.verdict ? (c.verdict.pass ? t('analysis.sweep.pass') : t('analysis.sweep.miss', { why: c.verdict.misses.map((m) => t(`analysis.miss.${m}`)).join(', ') })) : '';
  return (
    <td className={cellClass(c)} title={verdict || undefined}>
      {c.impactMs === 0 ? (
        <span>—</span>
      ) : (
        <>
          <span>{d(c.impactMs)}</span>
          <small>{c.downUntilRepair ? t('analysis.sweep.untilRepair') : c.recoveredMs === null ? t('analysis.sweep.notRestored') : t('analysis.sweep.recovered', { time: d(c.recoveredMs) })}</small>
        </>
      )}
      {c.dataLostMs > 0 && <small>{t('analysis.sweep.lost', { time: d(c.dataLostMs) })}</small>}
      {verdict && <span className="sr-only">{verdict}</span>}
    </td>
  );
}

const Row = memo(function Row({ row, services, label, replaying, onOpen }: { row: SweepRow; services: string[]; label: string; replaying: boolean; onOpen(row: SweepRow): void }) {
  const { t } = useTranslation();
  return (
    <tr aria-current={replaying ? 'true' : undefined}>
      <th scope="row">
        <button type="button" className="link" title={t('analysis.sweep.openHelp')} onClick={() => onOpen(row)}>
          {label}
        </button>
      </th>
      {services.map((s) => (
        <CellView key={s} c={row.cells[s]!} t={t} />
      ))}
    </tr>
  );
});

function Matrix({ matrix }: { matrix: SweepMatrix }) {
  const { t } = useTranslation();
  const design = useAppStore((s) => s.design);
  const replaying = useAnalysis((s) => s.replaying);
  const name = useMemo(() => nameLookup(design), [design]);
  const label = (row: SweepRow) => [row.failure.fault, ...(row.failure.also ?? [])].map((f) => describeFault(t, f, name)).join(' + ');
  const open = (row: SweepRow) => {
    setAnalysis({ replaying: row.failure.id });
    replayFailure(row.failure, matrix.window, matrix.seed);
  };
  return (
    <div className="matrix-scroll">
      <table className="sweep-matrix">
        <caption>{t('analysis.sweep.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analysis.sweep.failure')}</th>
            {matrix.services.map((s) => (
              <th key={s} scope="col">
                {s === 'system' ? t('analysis.targets.system') : name(s)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <Row key={row.failure.id} row={row} services={matrix.services} label={label(row)} replaying={replaying === row.failure.id} onOpen={open} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The single-failure sweep (issue 14.2): every failure from the same seed, a matrix worst first; a row replays on the canvas. */
export function SweepView() {
  const { t } = useTranslation();
  const design = useAppStore((s) => s.design);
  const sweep = useAnalysis((s) => s.sweep);
  const running = useAnalysis((s) => s.running);
  const [pairs, setPairs] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const singles = useMemo(() => singleFailures(design).length, [design]);
  const start = (withPairs: boolean) => {
    setConfirming(false);
    startAnalysis({ kind: 'sweep', design, seed: liveSeed(), pairs: withPairs });
  };
  return (
    <div className="analysis-sweep">
      <p className="muted">{t('analysis.sweep.intro', { n: singles })}</p>
      <div className="analysis-actions">
        <label>
          <input type="checkbox" checked={pairs} onChange={(e) => setPairs(e.target.checked)} /> {t('analysis.sweep.pairs', { n: pairCount(singles) })}
        </label>
        <button type="button" disabled={running !== null} onClick={() => (pairs ? setConfirming(true) : start(false))}>
          {t('analysis.sweep.run')}
        </button>
      </div>
      {confirming && (
        <div role="alertdialog" aria-label={t('analysis.sweep.confirmTitle')} className="analysis-confirm">
          <p>{t('analysis.sweep.confirm', { pairs: pairCount(singles), total: singles + pairCount(singles) })}</p>
          <button type="button" onClick={() => start(true)}>
            {t('analysis.sweep.confirmStart', { total: singles + pairCount(singles) })}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('analysis.sweep.confirmBack')}
          </button>
        </div>
      )}
      {sweep && (
        <>
          <p className="analysis-summary">
            {t('analysis.sweep.summary', { rows: sweep.matrix.rows.length, missed: sweep.matrix.rows.filter((r) => r.missed > 0).length, seed: sweep.matrix.seed })}
            {sweep.cached && ` ${t('analysis.run.cached')}`}
          </p>
          {isStale(sweep.design, design) && <p className="analysis-stale">{t('analysis.run.stale')}</p>}
          <Matrix matrix={sweep.matrix} />
        </>
      )}
    </div>
  );
}
