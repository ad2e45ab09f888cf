import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

function ViewFailed({ error, onRetry, onBack }: { error: Error; onRetry: () => void; onBack?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="panel view-failed" role="alert">
      <p>{t('error.view', { detail: error.message })}</p>
      <button type="button" className="btn" onClick={onRetry}>
        {t('error.retry')}
      </button>
      {onBack && (
        <button type="button" className="btn" onClick={onBack}>
          {t('dataset.back')}
        </button>
      )}
    </div>
  );
}

interface Props {
  children: ReactNode;
  onReset: () => void;
  onBack?: (() => void) | undefined;
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
          onBack={
            this.props.onBack &&
            (() => {
              this.props.onBack?.();
              this.props.onReset();
              this.setState({ error: null });
            })
          }
        />
      );
    return this.props.children;
  }
}

/**
 * Keeps one part's crash inside that part: the rest of the page keeps working. Retry also
 * resets failed queries, so they fetch again; `onBack`, where given, offers a way back to
 * the bundled dataset (for the parts a bad file can break).
 */
export function ViewBoundary({ children, onBack }: { children: ReactNode; onBack?: () => void }) {
  const { reset } = useQueryErrorResetBoundary();
  return (
    <Boundary onReset={reset} onBack={onBack}>
      {children}
    </Boundary>
  );
}
