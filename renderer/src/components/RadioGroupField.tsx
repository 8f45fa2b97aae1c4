import { useId } from 'react';
import type { Choices } from './fields';
import { fieldId, useDocSetter, useDocValue, useFieldError } from './doc-hooks';
import { FieldError } from './fields';

/** A set of radio buttons in a fieldset whose legend names the group. */
export function RadioGroupField<T extends string>({
  path,
  legend,
  choices,
}: {
  path: string;
  legend: string;
  choices: Choices<T>;
}) {
  const value = useDocValue<T>(path);
  const set = useDocSetter<T>(path);
  const error = useFieldError(path);
  const name = useId();
  const id = fieldId(path);
  return (
    <fieldset className="radio-field" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="field-label">{legend}</legend>
      <div className="radio-row">
        {choices.values.map((v) => (
          <label key={v} className="radio-pill">
            <input
              type="radio"
              name={name}
              value={v}
              checked={value === v}
              onChange={() => set(v)}
            />
            {choices.labels[v]}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
