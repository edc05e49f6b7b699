import { Suspense } from 'react';
import { AuthForm } from '../../components/auth-form';

export const metadata = { title: 'Create an account' };

export default function SignUpPage() {
  return (
    <main id="main" className="narrow">
      <h1>Create your Caravan account</h1>
      <Suspense>
        <AuthForm mode="signup" />
      </Suspense>
    </main>
  );
}
