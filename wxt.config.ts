import { defineConfig } from 'wxt';

// The console runs on many hosts (regions, multi-session prefixes); the portal on one.
const consoleHosts = 'https://*.console.aws.amazon.com/*';
const finopsPortal = 'https://portal.finops.softwareone.com/*';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'FinOps AWS onboarding',
    description:
      'Prepares AWS accounts for FinOps for Cloud, OptScale or Cloudyn: fills the console with the right policies and hands the values to the platform.',
    permissions: ['storage', 'activeTab', 'clipboardWrite', 'tabs'],
    host_permissions: [consoleHosts, finopsPortal],
    optional_host_permissions: ['https://*/*'],
    action: { default_title: 'FinOps AWS onboarding' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'finops-aws-onboarding@softwareone.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-mv{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
  },
});
