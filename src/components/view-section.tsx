import { useId, type ReactNode } from 'react';

/** A view: a section whose heading names it, so users and tests find it the same way. */
export function ViewSection({
  title,
  className,
  actions,
  children,
}: {
  title: string;
  className?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={`panel view ${className ?? ''}`} aria-labelledby={id}>
      <div className="view-head">
        <h2 id={id}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
