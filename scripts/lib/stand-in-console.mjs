// A bare IAM "Create policy" page for the demo while the console replica is not written yet.
// Listed after the replicas' routes, so the replica answers first once it exists.
const iamHome = 'https://us-east-1.console.aws.amazon.com/iam/home';

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Create policy | IAM | Global</title>
<style>
  body { font: 14px/1.5 "Amazon Ember", "Helvetica Neue", Arial, sans-serif; margin: 0; color: #16191f; }
  header { background: #232f3e; color: #fff; padding: 10px 20px; }
  main { padding: 20px 40px; max-width: 900px; }
  .stand-in { background: #fff7e6; border: 1px solid #e07700; padding: 8px 12px; margin-bottom: 20px; }
  textarea { width: 100%; height: 260px; font: 13px monospace; }
</style></head>
<body>
  <header>AWS Management Console (stand-in)</header>
  <main>
    <p class="stand-in">Stand-in page: the console replica is not built yet, so <code>npm start</code> shows this
      bare version of IAM → Policies → Create policy.</p>
    <h1>Specify permissions</h1>
    <h2>Policy editor</h2>
    <textarea aria-label="Policy editor">{
    "Version": "2012-10-17",
    "Statement": []
}</textarea>
  </main>
</body></html>`;

/** @param {string} url */
export function serveStandInConsole(url) {
  if (url.split('?')[0] !== iamHome) return undefined;
  return { status: 200, contentType: 'text/html; charset=utf-8', body: page };
}
