import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Another screen or postmortem: a change of this clears the error and renders anew. */
  resetKey: string;
  fallback: (error: Error, retry: () => void) => ReactNode;
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: string;
}

/**
 * Keeps an error thrown while rendering inside the screen that threw it. Without one, React
 * unmounts the whole window: the header goes with it, and a shared screen goes blank in front of
 * the room. The document's edits live outside the components (data/documents.ts and the pending
 * store), so trying again, or reloading, loses nothing typed.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The developer tools keep the component stack; the screen says the message.
    console.error('A screen stopped with an error.', error, info.componentStack);
  }

  private readonly retry = () => this.setState({ error: null });

  override render(): ReactNode {
    const { error } = this.state;
    return error ? this.props.fallback(error, this.retry) : this.props.children;
  }
}
