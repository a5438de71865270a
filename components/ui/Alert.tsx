export type AlertType = 'info' | 'success' | 'warning' | 'error';

const icons: Record<AlertType, string> = { info: 'i', success: '✓', warning: '!', error: '✕' };

export interface AlertProps {
  type: AlertType;
  title?: string;
  children?: React.ReactNode;
}

/** Cloudscape-style alert; errors are announced (role="alert"), the rest are plain notes. */
export function Alert({ type, title, children }: AlertProps) {
  return (
    <div className="alert" data-type={type} role={type === 'error' ? 'alert' : 'note'} aria-label={title}>
      <span className="alert-icon" aria-hidden="true">
        {icons[type]}
      </span>
      <div className="alert-body">
        {title && <strong>{title}</strong>}
        {children}
      </div>
    </div>
  );
}
