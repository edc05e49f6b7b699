'use client';
import { useRouter, useSearchParams } from 'next/navigation';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { z } from 'zod';
import { api, ApiError } from '../lib/api';
import { validate } from '../lib/validate';
import { Field } from './field';

const signInSchema = z.object({
  email: z.email('Enter a valid email address'),
  password: z.string().min(1, 'Enter your password'),
});
const signUpSchema = signInSchema.extend({
  name: z.string().trim().min(1, 'Enter your name').max(100),
  password: z.string().min(8, 'Use at least 8 characters'),
});

/** Sign-in and sign-up share one form; `next` brings the user back where they were sent from. */
export function AuthForm({ mode }: { mode: 'signin' | 'signup' }) {
  const router = useRouter();
  const params = useSearchParams();
  const next = safeNext(params.get('next'));
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = Object.fromEntries(form.entries());
    const checked = validate(mode === 'signup' ? signUpSchema : signInSchema, input);
    if (!checked.ok) {
      setFields(checked.fields);
      return;
    }
    setFields({});
    setError(null);
    setBusy(true);
    try {
      await api('POST', mode === 'signup' ? '/auth/signup' : '/auth/signin', checked.data);
      router.push(next);
      router.refresh();
    } catch (err) {
      if (err instanceof ApiError) {
        setFields(err.problem.fields);
        setError(err.problem.detail ?? err.problem.title);
      } else setError('Something went wrong. Try again.');
      setBusy(false);
    }
  }

  return (
    <form className="card auth" onSubmit={(e) => void submit(e)} noValidate>
      {mode === 'signup' ? (
        <Field label="Name" name="name" autoComplete="name" error={fields.name} required />
      ) : null}
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        error={fields.email}
        required
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete={mode === 'signup' ? 'new-password' : 'current-password'}
        error={fields.password}
        required
      />
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <button className="primary" type="submit" disabled={busy}>
        {mode === 'signup' ? 'Create account' : 'Sign in'}
      </button>
      <p className="muted">
        {mode === 'signup' ? (
          <>
            Already have an account?{' '}
            <a href={`/signin?next=${encodeURIComponent(next)}`}>Sign in</a>
          </>
        ) : (
          <>
            New to Caravan?{' '}
            <a href={`/signup?next=${encodeURIComponent(next)}`}>Create an account</a>
          </>
        )}
      </p>
    </form>
  );
}

/** Only same-site paths are followed after sign-in, never another origin. */
function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/trips';
}
