import { useEffect, useId, useRef } from 'react';

export interface FlagFieldProps {
  label: string;
  /** 1 on, 0 off; undefined when a multi-selection holds both (shown as an indeterminate box). */
  value: number | undefined;
  hint: React.ReactNode;
  disabled?: boolean;
  onCommit(value: 0 | 1): void;
}

/** An on/off parameter as a checkbox; each click is one undo step. */
export function FlagField({ label, value, hint, disabled, onCommit }: FlagFieldProps) {
  const id = useId();
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = value === undefined;
  }, [value]);
  return (
    <div className="field field-flag">
      <div className="field-input">
        <input
          ref={box}
          id={id}
          type="checkbox"
          checked={value === 1}
          aria-describedby={`${id}-hint`}
          disabled={disabled}
          onChange={(e) => onCommit(e.target.checked ? 1 : 0)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <div id={`${id}-hint`} className="field-hint muted">
        {hint}
      </div>
    </div>
  );
}
