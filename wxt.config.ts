import { defineConfig } from 'wxt';

// The console runs on many hosts (regions, multi-session prefixes); the portal on one.
const consoleHosts = 'https://*.console.aws.amazon.com/*';
const finopsPortal = 'https://portal.finops.softwareone.com/*';

export default defineConfig({
  // The polyfill gives every entrypoint the same promise-based `browser` (Chrome's callbacks wrapped).
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Firefox too: MV2 would drop optional_host_permissions (self-hosted portals) and browser.action.
  manifestVersion: 3,
  // Static files (the icons) live with the other assets; WXT copies them as they are.
  publicDir: 'assets/public',
  manifest: ({ browser }) => ({
    name: 'FinOps AWS onboarding',
    description:
      'Prepares AWS accounts for FinOps for Cloud, OptScale or Cloudyn: fills the console with the right policies and hands the values to the platform.',
    // Each permission and the feature that needs it: README, "Permissions" (a unit test keeps them in step).
    // No `tabs`: finding console and portal tabs by URL needs only the host access below.
    permissions: ['storage', 'clipboardWrite', 'scripting', browser === 'firefox' ? 'menus' : 'contextMenus'],
    host_permissions: [consoleHosts, finopsPortal],
    optional_host_permissions: ['https://*/*'],
    action: { default_title: 'FinOps AWS onboarding' },
    commands: {
      'open-glance': { suggested_key: { default: 'Alt+Shift+G' }, description: 'Show the quick glance: current account, progress, next step' },
    },
    // Firefox builds as MV3 (`--mv3` in the scripts): MV2 would drop optional_host_permissions
    // (self-hosted portals) and `browser.action`. The ID must never change once published; 140 is
    // the first Firefox (142 on Android) that reads data_collection_permissions, which AMO requires.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'finops-aws-onboarding@softwareone.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The toolbar icon opens the side panel, the main UI; the popup is the quick glance, opened from
    // the icon's menu or Alt+Shift+G (background). A manifest popup would take the icon's click.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) delete manifest.action.default_popup;
    },
  },
  // `npm run zip`: one zip per browser, plus the sources zip AMO review asks for (what
  // `npm ci && npm run build:firefox` needs, without generated files).
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['demo-output/**', 'tests/**/dist/**', 'stats.html', '*.log'],
  },
});
