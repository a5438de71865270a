// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { successAlerts } from './portal-page';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('successAlerts: the portal saying a data source is connected', () => {
  it.each<[string, string, number]>([
    ['the replica’s alert', '<div class="MuiAlert-root MuiAlert-standardSuccess" role="alert" data-test-id="alert_connected">Data source connected</div>', 1],
    ['an MUI success snackbar without a test id', '<div class="MuiAlert-root MuiAlert-filledSuccess" role="alert"><div class="MuiAlert-message">Data source connected</div></div>', 1],
    ['an error alert', '<div class="MuiAlert-root MuiAlert-standardError" role="alert">Unable to find report billing files</div>', 0],
    ['an alert saying it is not connected', '<div role="alert">Data source not connected: check the role</div>', 0],
    ['page text that merely mentions connecting', '<p>Connect data source</p><div role="alert">Fill the form, then press Connect.</div>', 0],
  ])('%s', (_name, html, count) => {
    document.body.innerHTML = html;
    expect(successAlerts(document)).toHaveLength(count);
  });
});
