import { useMemo } from 'react';
import { FileInput, PlayCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { templateById } from '../../templates';
import { useAppStore } from '../../state/store';
import { DEMOS, type Demo } from './demos';
import { castDemo } from './demoRoles';
import { openDemo } from './openDemo';
import { simulation } from '../../state/simulation';

/** Starting a scenario brings the canvas into view: the scenarios list may sit below it on a small screen. */
function showCanvas(): void {
  document.querySelector<HTMLElement>('section.canvas')?.scrollIntoView({ block: 'nearest' });
  useAppStore.getState().fitCamera([]);
}

function runTemplate(demo: Demo): void {
  void openDemo(demo).then((script) => {
    if (!script) return;
    simulation.runScript(script, true);
    showCanvas();
  });
}

/**
 * Every scripted scenario (DOMAIN.md S1–S8), one click each (issue 15 §5): on the design on screen when it has the
 * roles the scenario needs (its script re-targeted to this design's ids); otherwise the row says what is missing and
 * the click opens the scenario's template.
 */
export function ScenarioList() {
  const { t } = useTranslation();
  const design = useAppStore((s) => s.design);
  const rows = useMemo(() => DEMOS.filter((d) => templateById(d.templateId)).map((demo) => ({ demo, cast: castDemo(demo, design) })), [design]);
  return (
    <section className="panel scenarios" aria-label={t('live.demo.title')}>
      <h3>{t('live.demo.title')}</h3>
      <ul className="demo-list">
        {rows.map(({ demo, cast }) => {
          const id = `demo-${demo.scenario}-${demo.templateId}`;
          const template = t(templateById(demo.templateId)!.titleKey);
          const missing = cast.ok ? '' : cast.missing.length > 0 ? cast.missing.map((r) => t(`branches.scenario.role.${r}`)).join('; ') : t('branches.scenario.unknown');
          return (
            <li key={id}>
              <button
                type="button"
                onClick={() => {
                  if (!cast.ok) return runTemplate(demo);
                  simulation.runScript(cast.script, true);
                  showCanvas();
                }}
                aria-describedby={id}
              >
                <PlayCircle size={15} aria-hidden="true" /> {demo.scenario}: {t(demo.titleKey)}
              </button>
              <p id={id} className="muted">
                {cast.ok ? t('branches.scenario.runHere') : `${t('branches.scenario.needs', { missing })} ${t('branches.scenario.opensTemplate', { template })}`} · {t(demo.watchKey)}
              </p>
              {cast.ok && (
                <button type="button" className="link" onClick={() => runTemplate(demo)} aria-label={`${t('branches.scenario.openTemplate', { template })} (${demo.scenario})`}>
                  <FileInput size={13} aria-hidden="true" /> {t('branches.scenario.openTemplate', { template })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
