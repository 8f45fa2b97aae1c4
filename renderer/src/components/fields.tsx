import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useHint } from '../data/hooks';
import { LanguageHints } from '../features/language';
import { localInputToUtc, utcToLocalInput } from '../lib/zoned-time';
import { fieldId, useDocSetter, useDocValue, useFieldError } from './doc-hooks';

interface BaseProps {
  path: string;
  label: string;
  hint?: ReactNode;
  /** Hide the label visually but keep it as the accessible name (inside labelled tables/groups). */
  hideLabel?: boolean;
  className?: string;
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field-error" id={id}>
      {message}
    </p>
  );
}

/** Label, control, hint and error wired together with ids, so the control's name and description are right. */
function FieldFrame({
  path,
  label,
  hint,
  hideLabel,
  className,
  children,
  after,
}: BaseProps & { children: (aria: ControlAria) => ReactNode; after?: ReactNode }) {
  const id = fieldId(path);
  const error = useFieldError(path);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      <FieldError id={`${id}-error`} message={error} />
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {after}
    </div>
  );
}

interface ControlAria {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

/**
 * Keeps the caret where it was when another window's edit changes the text of a focused field:
 * after the common prefix it moves with the text, before it it stays.
 */
function useKeptCaret(value: string) {
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const shownRef = useRef(value);
  const typedRef = useRef<string | null>(null);
  useLayoutEffect(() => {
    const element = inputRef.current;
    const before = shownRef.current;
    shownRef.current = value;
    if (!element || value === before || typedRef.current === value) return;
    if (document.activeElement !== element) return;
    const start = element.selectionStart ?? before.length;
    const end = element.selectionEnd ?? start;
    let common = 0;
    while (common < before.length && common < value.length && before[common] === value[common])
      common++;
    const shift = value.length - before.length;
    const place = (at: number) => (at <= common ? at : Math.max(common, at + shift));
    element.setSelectionRange(place(start), place(end));
  }, [value]);
  return { inputRef, typedRef };
}

export function TextField(
  props: BaseProps & { multiline?: boolean; rows?: number; placeholder?: string },
) {
  const value = useDocValue<string>(props.path) ?? '';
  const set = useDocSetter<string>(props.path);
  const hint = useHint(props.path);
  const { inputRef, typedRef } = useKeptCaret(value);
  // A template's prompt is a placeholder only: never stored, never counted as an answer.
  const placeholder = hint || props.placeholder;
  const onChange = (next: string) => {
    typedRef.current = next;
    set(next);
  };
  return (
    <FieldFrame {...props} after={<LanguageHints path={props.path} />}>
      {(aria) =>
        props.multiline ? (
          <textarea
            {...aria}
            ref={inputRef}
            rows={props.rows ?? 3}
            value={value}
            dir="auto"
            placeholder={placeholder}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            {...aria}
            ref={inputRef}
            type="text"
            value={value}
            dir="auto"
            placeholder={placeholder}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </FieldFrame>
  );
}

export function NumberField(props: BaseProps & { min?: number }) {
  const value = useDocValue<number | null>(props.path);
  const set = useDocSetter<number | null>(props.path);
  return (
    <FieldFrame {...props}>
      {(aria) => (
        <input
          {...aria}
          type="number"
          inputMode="decimal"
          step="any"
          min={props.min}
          value={value ?? ''}
          onChange={(e) => {
            const n = e.target.valueAsNumber;
            set(e.target.value === '' || Number.isNaN(n) ? null : n);
          }}
        />
      )}
    </FieldFrame>
  );
}

export interface Choices<T extends string> {
  values: readonly T[];
  labels: Record<T, string>;
}

export function SelectField<T extends string>(
  props: BaseProps & { choices: Choices<T>; emptyLabel?: string },
) {
  const value = useDocValue<T | null>(props.path);
  const set = useDocSetter<T | null>(props.path);
  return (
    <FieldFrame {...props}>
      {(aria) => (
        <select
          {...aria}
          value={value ?? ''}
          onChange={(e) => set(e.target.value === '' ? null : (e.target.value as T))}
        >
          {props.emptyLabel !== undefined ? <option value="">{props.emptyLabel}</option> : null}
          {props.choices.values.map((v) => (
            <option key={v} value={v}>
              {props.choices.labels[v]}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export function DateField(props: BaseProps) {
  const value = useDocValue<string | null>(props.path);
  const set = useDocSetter<string | null>(props.path);
  return (
    <FieldFrame {...props}>
      {(aria) => (
        <input
          {...aria}
          type="date"
          value={value ?? ''}
          onChange={(e) => set(e.target.value === '' ? null : e.target.value)}
        />
      )}
    </FieldFrame>
  );
}

/** A datetime-local input read and written in the document's time zone; stores a UTC instant. */
export function InstantField(props: BaseProps & { required?: boolean }) {
  const value = useDocValue<string | null>(props.path);
  const zone = useDocValue<string>('summary.timeZone') ?? 'UTC';
  const set = useDocSetter<string | null>(props.path);
  return (
    <FieldFrame {...props}>
      {(aria) => (
        <input
          {...aria}
          type="datetime-local"
          value={utcToLocalInput(value, zone)}
          required={props.required}
          onChange={(e) => {
            const next = localInputToUtc(e.target.value, zone);
            // A required instant cannot be cleared: keep the last one until a full value is typed.
            if (next !== null || !props.required) set(next);
          }}
        />
      )}
    </FieldFrame>
  );
}
