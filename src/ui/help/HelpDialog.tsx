import { useTranslation } from 'react-i18next';
import { COMMANDS, displayKeys } from '../editor/commands';
import { Dialog } from '../editor/Dialog';
import { openDialog } from '../editor/editorStore';
import { FaultShortcuts } from '../faults/FaultShortcuts';

/** Every keyboard shortcut (from the command registry, so it cannot drift) and the mouse gestures. */
export function HelpDialog() {
  const { t } = useTranslation();
  const gestures = ['add', 'connect', 'site', 'select', 'pan', 'zoom'] as const;
  return (
    <Dialog title={t('editor.help.title')} onClose={() => openDialog(null)} wide>
      <div className="help-columns">
        <table className="shortcuts">
          <caption>{t('editor.help.shortcuts')}</caption>
          <tbody>
            {COMMANDS.map((c) => (
              <tr key={c.id}>
                <th scope="row">{t(c.labelKey)}</th>
                <td>
                  {c.keys.map((k) => (
                    <kbd key={k}>{displayKeys(k)}</kbd>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div>
          <FaultShortcuts />
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
