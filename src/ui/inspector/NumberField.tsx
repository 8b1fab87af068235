import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface NumberFieldProps {
  label: string;
  /** The current value; undefined when a multi-selection holds different values. */
  value: number | undefined;
  unit: string;
  min: number;
  max: number;
  integer?: boolean;
  /** Extra lines under the field: default, source. */
  hint?: React.ReactNode;
  disabled?: boolean;
  onCommit(value: number): void;
}

/** Why a typed value cannot be used, or null when it can. */
export function numberProblem(text: string, min: number, max: number, integer: boolean): { key: string; params?: Record<string, number> } | null {
  if (text.trim() === '') return { key: 'editor.field.required' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { key: 'editor.field.notNumber' };
  if (integer && !Number.isInteger(value)) return { key: 'editor.field.notInteger' };
  if (value < min || value > max) return { key: 'editor.field.range', params: { min, max } };
  return null;
}

/**
 * A number with its unit and range, validated as you type (the problem is shown at once and nothing is applied);
 * a valid value is applied when you leave the field or press Enter, as one undo step. Escape restores the value.
 */
export function NumberField({ label, value, unit, min, max, integer = true, hint, disabled, onCommit }: NumberFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? (value === undefined ? '' : String(value));
  const problem = draft === null ? null : numberProblem(draft, min, max, integer);
  const commit = () => {
    if (draft === null) return;
    if (!problem && Number(draft) !== value) onCommit(Number(draft));
    if (!problem) setDraft(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') setDraft(null);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-input">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={text}
          placeholder={value === undefined ? t('editor.field.mixed') : undefined}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
          disabled={disabled}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
        <span className="unit">{unit}</span>
      </div>
      {problem && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t(problem.key, problem.params)}
        </p>
      )}
      <div id={`${id}-hint`} className="field-hint muted">
        {t('editor.field.rangeHint', { min, max, unit })}
        {hint}
      </div>
    </div>
  );
}

/** A text field applied on blur or Enter (names). */
export function TextField({ label, value, disabled, onCommit }: { label: string; value: string; disabled?: boolean; onCommit(v: string): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? value;
  const bad = draft !== null && (draft.trim() === '' || draft.length > 120);
  const commit = () => {
    if (draft === null || bad) return;
    if (draft.trim() !== value) onCommit(draft.trim());
    setDraft(null);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={text}
        aria-invalid={bad || undefined}
        disabled={disabled}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
      {bad && (
        <p className="field-error" role="alert">
          {t('editor.field.nameRule')}
        </p>
      )}
    </div>
  );
}
