/**
 * The platform portal's pages we work on, as detectors beside their examples (the test table),
 * like the console's in lib/console/pages.ts. The portal script runs on the FinOps for Cloud portal
 * and on self-hosted OptScale portals, so the path alone decides.
 */

/** OptScale's connect page; self-hosted OptScale serves the same path. */
export const isConnectPage = (url: URL): boolean => /^\/cloud-account\/connect\/?$/.test(url.pathname);

export const connectPageExamples = {
  matches: [
    'https://portal.finops.softwareone.com/cloud-account/connect',
    'https://portal.finops.softwareone.com/cloud-account/connect/',
    'https://portal.finops.softwareone.com/cloud-account/connect?type=aws',
    'https://optscale.example.com/cloud-account/connect',
  ],
  lookAlikes: [
    'https://portal.finops.softwareone.com/cloud-account',
    'https://portal.finops.softwareone.com/cloud-account/connect/azure',
    'https://portal.finops.softwareone.com/cloud-account/connected',
    'https://portal.finops.softwareone.com/',
  ],
} as const;
