import type { AccessProblem } from '../../lib/trip/protocol';

const TEXT: Record<AccessProblem, { title: string; body: string }> = {
  'signed-out': { title: 'Please sign in again', body: 'Your session has ended.' },
  forbidden: {
    title: 'You no longer have access to this trip',
    body: 'An owner may have removed you or changed the sharing. Ask them for a new invite.',
  },
  'not-found': { title: 'This trip does not exist', body: 'It may have been deleted.' },
};

/** A clear page instead of a crash when access to a trip is lost. */
export function AccessProblemPage({ problem }: { problem: AccessProblem }) {
  const text = TEXT[problem];
  const next = typeof window === 'undefined' ? '/trips' : window.location.pathname;
  return (
    <main id="main" className="narrow" data-access-problem={problem}>
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      {problem === 'signed-out' ? (
        <a className="button primary" href={`/signin?next=${encodeURIComponent(next)}`}>
          Sign in
        </a>
      ) : (
        <a className="button primary" href="/trips">
          Back to your trips
        </a>
      )}
    </main>
  );
}
