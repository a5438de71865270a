export interface SectionProps {
  title: string;
  /** A short count or state shown after the title, e.g. "3 of 7". */
  counter?: string;
  defaultOpen?: boolean;
  children: React.ReactNode;
}

/** An expandable container (native <details>: keyboard and screen readers work without extra code). */
export function Section({ title, counter, defaultOpen = true, children }: SectionProps) {
  return (
    <details className="container" open={defaultOpen}>
      <summary>
        <h2>
          {title} {counter && <span className="counter">({counter})</span>}
        </h2>
      </summary>
      <div className="container-body">{children}</div>
    </details>
  );
}
