import { PlayCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { templateById } from '../../templates';
import { DEMOS } from './demos';
import { openDemo } from './openDemo';
import { simulation } from '../../state/simulation';

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
            <button type="button" onClick={() => void openDemo(demo).then((script) => script && simulation.runScript(script, true))} aria-describedby={`demo-${demo.scenario}-${demo.templateId}`}>
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

