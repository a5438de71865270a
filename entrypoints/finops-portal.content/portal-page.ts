// What the extension recognises on the portal's connect page.

/** OptScale's connect form: the form around its AWS inputs, else the page's only form. */
export function findConnectForm(doc: Document): HTMLFormElement | undefined {
  const input = doc.querySelector('input[name="awsRoleAccountId"], input[name="awsAccessKeyId"], input[data-test-id="input_cloud_account_name"]');
  return input?.closest('form') ?? doc.querySelector('form') ?? undefined;
}

/**
 * The portal's success message after Connect: OptScale shows an MUI success alert ("Data source
 * connected"). Read by role and wording, not by class names alone.
 */
export function successAlerts(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('[data-test-id="alert_connected"], [role="alert"], .MuiAlert-root, [role="status"]')).filter((element) => {
    const text = (element.textContent ?? '').toLowerCase();
    const success = element.matches('[data-test-id="alert_connected"], [class*="Success"], [class*="success"]') || /\bconnected\b/.test(text);
    return success && /connected|success/.test(text) && !/error|fail|unable|not connected/.test(text);
  });
}
