import type { ConnectFormField } from '../../lib/platforms';
import { curVersionMeanings, valueLabels, type ValueKind } from '../../lib/values';
import { CopyButton } from '../ui/CopyButton';
import { StatusIndicator } from '../ui/StatusIndicator';
import { checkValue, type ValueSource } from '../values/value-entries';

export interface ConnectFieldRowProps {
  field: ConnectFormField;
  values: Partial<Record<ValueKind, string>>;
  sources?: Partial<Record<ValueKind, ValueSource>>;
}

/** One field of the platform's form, under the platform's own label, with the value to put in it. */
export function ConnectFieldRow({ field, values, sources = {} }: ConnectFieldRowProps) {
  if ('fixedValue' in field.fill) {
    return (
      <li data-field={field.key}>
        <div className="kv-head">
          <span className="kv-label">{field.label}</span>
        </div>
        <div className="kv-value">Choose “{field.fill.meaning}”</div>
      </li>
    );
  }
  const kind = field.fill.valueKind;
  if (field.control === 'radio') {
    // The export type: as the console showed it, else the form's default (CUR 2.0).
    const chosen = values[kind] ?? field.defaultValue ?? '';
    const meaning = kind === 'curVersion' ? (curVersionMeanings[chosen as keyof typeof curVersionMeanings] ?? chosen) : chosen;
    return (
      <li data-field={field.key}>
        <div className="kv-head">
          <span className="kv-label">{field.label}</span>
        </div>
        <div className="kv-value">Choose “{meaning}”</div>
      </li>
    );
  }
  const checked = checkValue(kind, values[kind]);
  return (
    <li data-field={field.key}>
      <div className="kv-head">
        <span className="kv-label">{field.label}</span>
        {checked.state === 'valid' && sources[kind] === 'default' && (
          <span className="badge" data-source="default" title="A suggestion: check it matches what you created">
            suggested
          </span>
        )}
        {checked.state === 'invalid' && <StatusIndicator status="invalid">needs a fix</StatusIndicator>}
        {checked.state === 'missing' && <StatusIndicator status="missing">not known yet</StatusIndicator>}
      </div>
      {checked.state === 'valid' && <div className="kv-value">{checked.handOver}</div>}
      {checked.state === 'invalid' && (
        <>
          <div className="kv-value">{values[kind]}</div>
          <p className="problem">{checked.message}</p>
        </>
      )}
      {checked.state === 'missing' && <div className="kv-value empty">{`Not known yet: enter the ${valueLabels[kind]} under Values.`}</div>}
      {checked.state === 'valid' && <CopyButton text={checked.handOver} label={`Copy ${field.label}`} />}
    </li>
  );
}
