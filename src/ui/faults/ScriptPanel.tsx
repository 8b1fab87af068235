import { useMemo, useRef, useState } from 'react';
import { Download, Play, Trash2, Upload, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { formatSimTime } from '../format';
import { simulation } from '../../state/simulation';
import { describeFault, nameLookup } from '../timeline/describeEvent';
import { parseScript, serializeScript } from './scriptFile';
import { command, enabled, runCommand } from '../../commands/registry';

function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The fault script of this timeline: every injection is recorded here as it happens. Replay it from the start
 * (same seed: the same run), save it as JSON, load one (validated), or clear it.
 */
export function ScriptPanel() {
  const { t } = useTranslation();
  const script = useAppStore((s) => s.script);
  const design = useAppStore((s) => s.design);
  const seed = useAppStore((s) => s.seed);
  const name = useMemo(() => nameLookup(design), [design]);
  const [errors, setErrors] = useState<{ file: string; errors: string[] } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const clearFaults = command('sim.clearFaults');
  const canClear = useAppStore((s) => enabled(clearFaults, s));

  const load = async (file: File) => {
    const parsed = parseScript(await file.text(), design);
    if (!parsed.ok) {
      setErrors({ file: file.name, errors: parsed.errors });
      return;
    }
    setErrors(null);
    simulation.runScriptFile(parsed.script.seed ?? seed, parsed.script.faults);
  };

  return (
    <section className="panel script" aria-label={t('live.script.title')}>
      <h3>{t('live.script.title')}</h3>
      <p className="muted">{t('live.script.help')}</p>
      <div className="actions">
        <button type="button" disabled={script.length === 0} onClick={() => simulation.runScript(script, true)}>
          <Play size={14} aria-hidden="true" /> {t('live.script.replay')}
        </button>
        <button
          type="button"
          disabled={script.length === 0}
          onClick={() => download(`${design.name.replace(/[^\w-]+/g, '-')}.faults.json`, serializeScript({ name: design.name, seed, faults: script }))}
        >
          <Download size={14} aria-hidden="true" /> {t('live.script.save')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          <Upload size={14} aria-hidden="true" /> {t('live.script.load')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label={t('live.script.file')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void load(file);
          }}
        />
        <button type="button" disabled={!canClear} onClick={() => runCommand(clearFaults)} title={t('branches.cmd.clearFaultsHelp')}>
          <Trash2 size={14} aria-hidden="true" /> {t(clearFaults.labelKey)}
        </button>
      </div>
      {errors && (
        <div role="alert" className="script-errors">
          <strong>{t('live.script.invalid', { file: errors.file })}</strong>
          <ul>
            {errors.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {script.length === 0 ? (
        <p className="muted">{t('live.script.empty')}</p>
      ) : (
        <ol className="script-entries" aria-label={t('live.script.entries')}>
          {script.map((e, i) => (
            <li key={i}>
              <time>{formatSimTime(e.atMs, true)}</time> {describeFault(t, e.fault, name)}
              <button
                type="button"
                className="remove-fault"
                onClick={() => simulation.removeFault(i)}
                aria-label={t('branches.removeFault', { fault: describeFault(t, e.fault, name), time: formatSimTime(e.atMs, true) })}
                title={t('branches.removeFault', { fault: describeFault(t, e.fault, name), time: formatSimTime(e.atMs, true) })}
              >
                <X size={12} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
