import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function ViewFailed({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="panel view-failed" role="alert">
      <p>{t('error.view', { detail: error.message })}</p>
      <button type="button" className="btn" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </div>
  );
}

interface State {
  error: Error | null;
}

/** Keeps one view's crash inside that view: the rest of the dashboard keeps working. */
export class ViewBoundary extends Component<{ children: ReactNode; className?: string }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('view failed', error, info.componentStack);
  }

  render() {
    if (this.state.error)
      return (
        <div className={this.props.className}>
          <ViewFailed error={this.state.error} onRetry={() => this.setState({ error: null })} />
        </div>
      );
    return this.props.children;
  }
}
