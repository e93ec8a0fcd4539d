import { Component, type ReactNode } from 'react';
import { messageOf } from '@/utils/errors';

interface Props {
  /** what failed, in the user's words: "the draft", "this view" */
  what: string;
  children: ReactNode;
}

/**
 * around the parts that load on demand (React.lazy): a chunk that fails to load (an updated or
 * damaged install) says so where the part would be, instead of leaving the whole page blank
 */
export class LoadBoundary extends Component<Props, { error: string | null }> {
  state = { error: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: messageOf(error) };
  }

  render() {
    if (this.state.error === null) return this.props.children;
    return (
      <p className="error" role="alert">
        MentorLens couldn't open {this.props.what} ({this.state.error}). Close this page and open it
        again; if it keeps failing, reload MentorLens on your browser's extensions page.
      </p>
    );
  }
}
