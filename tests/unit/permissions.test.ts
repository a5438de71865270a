// Least privilege: the manifest asks for what a feature uses, and the README says which feature.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type Manifest = { permissions?: string[]; host_permissions?: string[]; optional_host_permissions?: string[] };
const manifestFor = (browser: 'chrome' | 'firefox') =>
  (config.manifest as (env: { browser: string; manifestVersion: 3; mode: string; command: string }) => Manifest)({ browser, manifestVersion: 3, mode: 'production', command: 'build' });

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const permissionsSection = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('\n## ', readme.indexOf('## Permissions') + 1));

describe('permissions', () => {
  it.each(['chrome', 'firefox'] as const)('%s: only what a feature uses (no tabs, no activeTab)', (browser) => {
    const manifest = manifestFor(browser);
    expect(manifest.permissions).toEqual(['storage', 'clipboardWrite', 'scripting', browser === 'firefox' ? 'menus' : 'contextMenus']);
    expect(manifest.host_permissions).toEqual(['https://*.console.aws.amazon.com/*', 'https://portal.finops.softwareone.com/*']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  });

  it('the README lists each permission with the feature that needs it', () => {
    expect(permissionsSection).toMatch(/^## Permissions/);
    const { permissions = [], host_permissions = [], optional_host_permissions = [] } = manifestFor('chrome');
    for (const permission of [...permissions, 'menus', ...host_permissions, ...optional_host_permissions]) {
      // A table row: | `permission` | what needs it |
      expect(permissionsSection).toMatch(new RegExp(`\\| \`${permission.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\`[^|]*\\| [^|]{20,}\\|`));
    }
    expect(permissionsSection).not.toMatch(/\| `tabs`|\| `activeTab`/);
  });
});
