import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
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

interface Props {
  children: ReactNode;
  onReset: () => void;
}
interface State {
  error: Error | null;
}

class Boundary extends Component<Props, State> {
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
        <ViewFailed
          error={this.state.error}
          onRetry={() => {
            this.props.onReset();
            this.setState({ error: null });
          }}
        />
      );
    return this.props.children;
  }
}

/**
 * Keeps one view's crash inside that view: the rest of the dashboard keeps working. Retry
 * also resets failed queries of the view, so they fetch again.
 */
export function ViewBoundary({ children }: { children: ReactNode }) {
  const { reset } = useQueryErrorResetBoundary();
  return <Boundary onReset={reset}>{children}</Boundary>;
}
