export default function PublicLinkNotFound() {
  return (
    <main id="main" className="narrow">
      <h1>This link is not available</h1>
      <p>
        The trip was never shared with this link, or its owner stopped sharing it. Ask them for a
        new link.
      </p>
      <p>
        <a href="/">Go to Caravan</a>
      </p>
    </main>
  );
}
