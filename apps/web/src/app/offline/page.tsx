export const metadata = { title: 'Offline' };

export default function OfflinePage() {
  return (
    <main id="main" className="narrow">
      <h1>You are offline</h1>
      <p>
        This page was not saved on this device yet. Trips you opened before still work offline:{' '}
        <a href="/trips">go to your trips</a>.
      </p>
    </main>
  );
}
