import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Download, RotateCw } from 'lucide-react';
import { exportDesign } from '../files/fileActions';
import { RENDER_FAULT_HOOK, RenderFaultProbe } from './renderFault';
import type { en } from '../../i18n/parts/shell';

export type PanelName = keyof typeof en.panelError.panel;

interface Props {
  panel: PanelName;
  children: ReactNode;
}

/**
 * One per panel: a render error in a panel shows what happened and the two ways out (reload; download the design
 * first) in its place, instead of React unmounting the whole page (issue 19: one bad node id emptied the page, and
 * autosave made it happen on every load). The rest of the app keeps working.
 */
export class PanelBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Failover Lab: the ${this.props.panel} panel failed to render`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) return <PanelError panel={this.props.panel} error={this.state.error} />;
    return RENDER_FAULT_HOOK ? <RenderFaultProbe panel={this.props.panel}>{this.props.children}</RenderFaultProbe> : this.props.children;
  }
}

function PanelError({ panel, error }: { panel: PanelName; error: Error }) {
  const { t } = useTranslation();
  return (
    <section role="alert" className="panel panel-error" aria-label={t('panelError.title', { panel: t(`panelError.panel.${panel}`) })}>
      <strong>{t('panelError.title', { panel: t(`panelError.panel.${panel}`) })}</strong>
      <p>{t('panelError.text')}</p>
      <p className="muted">{t('panelError.reason', { reason: error.message })}</p>
      <div className="panel-error-actions">
        <button type="button" onClick={() => exportDesign()}>
          <Download size={14} aria-hidden="true" /> {t('panelError.download')}
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          <RotateCw size={14} aria-hidden="true" /> {t('panelError.reload')}
        </button>
      </div>
    </section>
  );
}
