import { useTranslation } from 'react-i18next';
import { Dialog } from '../editor/Dialog';
import { openDialog } from '../../state/editorView';
import { COMMANDS } from '../../commands/registry';
import { shortcutRows, type ShortcutRow } from '../../commands/shortcutRows';

function ShortcutTable({ caption, rows }: { caption: string; rows: readonly ShortcutRow[] }) {
  const { t } = useTranslation();
  // Fault labels name their target ("Stop {{process}}", "Partition {{a}} / {{b}}"): in the help, whichever is selected.
  const any = t('live.faults.any');
  const params = { process: t('editor.help.aProcess'), a: any, b: any, node: any, rtt: any };
  return (
    <table className="shortcuts">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{t(row.labelKey, params)}</th>
            <td>
              {row.keys.map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const editorRows = shortcutRows(COMMANDS, 'editor');
const simulationRows = shortcutRows(COMMANDS, 'simulation');
const faultRows = shortcutRows(COMMANDS, 'faults');

/** Every keyboard shortcut (from the command registries, so it cannot drift) and the mouse gestures. */
export function HelpDialog() {
  const { t } = useTranslation();
  const gestures = ['add', 'connect', 'site', 'select', 'pan', 'zoom'] as const;
  return (
    <Dialog title={t('editor.help.title')} onClose={() => openDialog(null)} wide>
      <div className="help-columns">
        <ShortcutTable caption={t('editor.help.shortcuts')} rows={editorRows} />
        <div>
          <ShortcutTable caption={t('editor.help.simulation')} rows={simulationRows} />
          <ShortcutTable caption={t('live.faults.shortcutsTitle')} rows={faultRows} />
          <p className="muted">{t('editor.help.processKeys')}</p>
          <h3>{t('editor.help.gestures')}</h3>
          <ul className="plain gestures">
            {gestures.map((g) => (
              <li key={g}>{t(`editor.help.gesture.${g}`)}</li>
            ))}
          </ul>
        </div>
      </div>
    </Dialog>
  );
}
