import { useId } from 'react';

export interface ChoiceOption<T extends string> {
  value: T;
  title: string;
  line: string;
}

export interface ChoiceGroupProps<T extends string> {
  legend: string;
  value: T;
  options: readonly ChoiceOption<T>[];
  onChange: (value: T) => void;
  /** A note under the options. */
  note?: React.ReactNode;
}

/** Radio buttons as tiles, each with its one-line explanation as the description. */
export function ChoiceGroup<T extends string>({ legend, value, options, onChange, note }: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => {
        const titleId = `${name}-${option.value}-title`;
        const descriptionId = `${name}-${option.value}-line`;
        return (
          <label className="choice" key={option.value}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              aria-labelledby={titleId}
              aria-describedby={descriptionId}
              onChange={() => onChange(option.value)}
            />
            <span className="choice-text">
              <span className="choice-title" id={titleId}>
                {option.title}
              </span>
              <span className="secondary" id={descriptionId}>
                {option.line}
              </span>
            </span>
          </label>
        );
      })}
      {note && <p className="secondary">{note}</p>}
    </fieldset>
  );
}
