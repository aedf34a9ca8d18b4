import { Component, type ErrorInfo, type ReactNode } from 'react';
import i18next from 'i18next';

interface Props {
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/** A failing screen shows what went wrong and a way back, never a blank window. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('[chainline] screen failed', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="screen-error" role="alert">
        <h1>{i18next.t('errors.title')}</h1>
        <p>{i18next.t('errors.screen')}</p>
        <pre className="error-detail">{error.message}</pre>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {i18next.t('errors.reload')}
        </button>
      </div>
    );
  }
}
