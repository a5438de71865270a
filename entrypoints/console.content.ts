export default defineContentScript({
  matches: ['https://*.console.aws.amazon.com/*'],
  runAt: 'document_idle',
  main() {},
});
