import { Suspense } from 'react';
import { AuthForm } from '../../components/auth-form';

export const metadata = { title: 'Sign in' };

export default function SignInPage() {
  return (
    <main id="main" className="narrow">
      <h1>Sign in to Caravan</h1>
      <Suspense>
        <AuthForm mode="signin" />
      </Suspense>
    </main>
  );
}
