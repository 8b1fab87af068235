import { PlayCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { templateById } from '../../templates';
import { runScript } from '../sim/simBridge';
import { DEMOS, type Demo } from './demos';

/** Opens the demo's template (unless it is open already) and plays its script from 0. */
export function playDemo(demo: Demo): void {
  const template = templateById(demo.templateId);
  if (!template) return;
  const state = useAppStore.getState();
  if (state.design.name !== template.design.name) state.setDesign(structuredClone(template.design));
  runScript(demo.script, true);
}

/** Every scripted scenario (DOMAIN.md S1–S8) of the built-in templates, one click each. */
export function ScenarioList() {
  const { t } = useTranslation();
  const available = DEMOS.filter((d) => templateById(d.templateId));
  return (
    <section className="panel scenarios" aria-label={t('live.demo.title')}>
      <h3>{t('live.demo.title')}</h3>
      <ul className="demo-list">
        {available.map((demo) => (
          <li key={`${demo.scenario}-${demo.templateId}`}>
            <button type="button" onClick={() => playDemo(demo)} aria-describedby={`demo-${demo.scenario}-${demo.templateId}`}>
              <PlayCircle size={15} aria-hidden="true" /> {demo.scenario}: {t(demo.titleKey)}
            </button>
            <p id={`demo-${demo.scenario}-${demo.templateId}`} className="muted">
              {t(templateById(demo.templateId)!.titleKey)} · {t(demo.watchKey)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

