import type { ReactElement, ReactNode } from 'react';

// Links to the server-side auth routes (app/api/auth/[slug] or pages/api/auth/[slug]).
// They are plain <a> elements on purpose: the routes answer with redirects to Cognito, which a
// client-side <Link> navigation cannot follow.

interface AuthLinkProps {
  children?: ReactNode;
}

interface SignInProps extends AuthLinkProps {
  /** A social provider configured in Cognito, e.g. Google: skips the Managed Login page. */
  provider?: string;
}

export function SignInButton(props: SignInProps): ReactElement {
  const { provider, children = 'Sign in' } = props;
  const href = provider
    ? `/api/auth/sign-in?provider=${encodeURIComponent(provider)}`
    : '/api/auth/sign-in';
  return <a href={href}>{children}</a>;
}

export function SignUpButton(props: AuthLinkProps): ReactElement {
  const { children = 'Sign up' } = props;
  return <a href="/api/auth/sign-up">{children}</a>;
}

export function SignOutButton(props: AuthLinkProps): ReactElement {
  const { children = 'Sign out' } = props;
  return <a href="/api/auth/sign-out">{children}</a>;
}
