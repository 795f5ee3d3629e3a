import type { ReactNode } from 'react';
import { Logo } from '../components/Logo';

/** A single card in the middle of the window, for loading and problem screens. */
export function CenteredLayout({ children }: { readonly children: ReactNode }) {
  return (
    <div className="centered">
      <div className="centered-logo">
        <Logo />
      </div>
      <main className="centered-card">{children}</main>
    </div>
  );
}
