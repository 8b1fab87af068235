import type { AriaLabelConfig } from '@xyflow/react';
import type { TFunction } from 'i18next';

/**
 * React Flow's built-in accessible names and screen-reader descriptions (zoom buttons, control panel, node and
 * edge descriptions, keyboard-move announcements), in the user's language instead of React Flow's English.
 */
export function flowAriaLabels(t: TFunction): AriaLabelConfig {
  return {
    'node.a11yDescription.default': t('editor.flow.nodeDescription'),
    'node.a11yDescription.keyboardDisabled': t('editor.flow.nodeDescriptionKeyboard'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('editor.flow.moved', { direction: t(`editor.flow.direction.${direction}`, { defaultValue: direction }), x, y }),
    'edge.a11yDescription.default': t('editor.flow.edgeDescription'),
    'controls.ariaLabel': t('editor.flow.controls'),
    'controls.zoomIn.ariaLabel': t('editor.flow.zoomIn'),
    'controls.zoomOut.ariaLabel': t('editor.flow.zoomOut'),
    'controls.fitView.ariaLabel': t('editor.cmd.zoomToFit'),
    'controls.interactive.ariaLabel': t('editor.flow.interactive'),
    'minimap.ariaLabel': t('editor.minimap'),
    'handle.ariaLabel': t('editor.flow.handle'),
  };
}
