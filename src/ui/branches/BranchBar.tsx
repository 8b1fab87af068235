import { useMemo } from 'react';
import { GitBranch } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { withLive } from '../../state/branches/model';
import { simulation } from '../../state/simulation';
import { formatSimTime } from '../format';
import { branchName } from './branchNames';
import './branches.css';

/**
 * The time axis's branches (issue 15 §4): each one a bar from where it left its parent to how far it was run, and a
 * radio button that runs it (re-run from the seed to the same time). Shown once there is more than the main line.
 */
export function BranchBar({ maxMs }: { maxMs: number }) {
  // The list follows the live horizon (every frame while playing): mounted only once there is a branch to show.
  const many = useAppStore((s) => s.branches.length > 1);
  return many ? <BranchList maxMs={maxMs} /> : null;
}

function BranchList({ maxMs }: { maxMs: number }) {
  const { t } = useTranslation();
  const stored = useAppStore((s) => s.branches);
  const activeBranchId = useAppStore((s) => s.activeBranchId);
  const script = useAppStore((s) => s.script);
  const horizonMs = useAppStore((s) => s.horizonMs);
  const overlayBranchId = useAppStore((s) => s.overlayBranchId);
  const setOverlayBranch = useAppStore((s) => s.setOverlayBranch);
  const branches = useMemo(() => withLive({ branches: stored, activeBranchId }, { script, horizonMs }), [stored, activeBranchId, script, horizonMs]);
  if (branches.length < 2) return null;
  const active = branches.find((b) => b.id === activeBranchId);
  const parent = branches.find((b) => b.id === active?.parentId);
  return (
    <fieldset className="branch-bar">
      <legend>
        <GitBranch size={13} aria-hidden="true" /> {t('branches.title')}
      </legend>
      {active && parent && (
        <p className="sr-only" role="status">
          {t('branches.made', { name: branchName(t, active), parent: branchName(t, parent) })}
        </p>
      )}
      <ul>
        {branches.map((b) => {
          const name = branchName(t, b);
          const end = Math.max(b.horizonMs, b.forkMs);
          return (
            <li key={b.id} className={b.id === activeBranchId ? 'active' : undefined}>
              <label title={t('branches.span', { name, from: formatSimTime(b.forkMs), to: formatSimTime(end), faults: b.script.length })}>
                <input type="radio" name="branch" checked={b.id === activeBranchId} onChange={() => simulation.switchBranch(b.id)} aria-label={name} />
                <span className="branch-name">{name}</span>
                <span className="branch-span" aria-hidden="true">
                  <span style={{ left: `${(b.forkMs / maxMs) * 100}%`, width: `${(Math.max(end - b.forkMs, 0) / maxMs) * 100}%` }} />
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <label className="branch-overlay">
        {t('branches.overlay')}{' '}
        <select value={overlayBranchId ?? ''} onChange={(e) => setOverlayBranch(e.target.value === '' ? null : Number(e.target.value))}>
          <option value="">{t('branches.overlayNone')}</option>
          {branches
            .filter((b) => b.id !== activeBranchId)
            .map((b) => (
              <option key={b.id} value={b.id}>
                {branchName(t, b)}
              </option>
            ))}
        </select>
      </label>
    </fieldset>
  );
}
