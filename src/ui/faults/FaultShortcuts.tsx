import { useTranslation } from 'react-i18next';
import { FAULT_COMMANDS } from './commands';

/** The fault commands' keys, for the help dialog: straight from the registry the toolbar and menus use. */
export function FaultShortcuts() {
  const { t } = useTranslation();
  const any = t('live.faults.any');
  const params = { process: any, a: any, b: any, node: any, rtt: any };
  return (
    <table className="shortcuts">
      <caption>{t('live.faults.shortcutsTitle')}</caption>
      <tbody>
        {FAULT_COMMANDS.filter((c) => c.shortcut).map((c) => (
          <tr key={c.id}>
            <th scope="row">{t(c.labelKey, params)}</th>
            <td>
              <kbd>{c.shortcut!.toUpperCase()}</kbd>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
