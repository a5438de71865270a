// What `npm start` shows. The tour is the whole flow the browser tests walk (scripts/lib/whole-flow.mjs:
// console and side panel side by side, the extension's buttons, the FinOps portal), stage by stage,
// with the screenshots to take after each. To photograph more, add to `shotsAfter`; to change what
// the person does, change the stages in whole-flow.mjs (the whole-flow test checks them).
import { organizationStages } from './lib/organization-flow.mjs';
import { reportedValueLabels, wholeFlowStages } from './lib/whole-flow.mjs';

/**
 * @typedef {object} TourShot
 * @property {'console' | 'panel' | 'portal'} tab
 * @property {string} name                  after the stage's number, e.g. `03-data-export-console`
 * @property {string} [showing]             an accessible name: the view with it at the top (full page otherwise)
 */

/** @type {Record<string, TourShot[]>} */
const shotsAfter = {
  'console-and-panel': [
    { tab: 'console', name: 'console' },
    { tab: 'panel', name: 'panel', showing: 'FinOps AWS onboarding' },
  ],
  setup: [{ tab: 'panel', name: 'panel-setup', showing: 'FinOps AWS onboarding' }],
  'data-export': [
    { tab: 'console', name: 'console-export-details' },
    { tab: 'panel', name: 'panel-values', showing: 'Values' },
  ],
  'billing-import-policy': [
    { tab: 'console', name: 'console-policy-created' },
    { tab: 'panel', name: 'panel', showing: 'FinOps AWS onboarding' },
  ],
  'discovery-policy': [{ tab: 'console', name: 'console-policy-created' }],
  'access-role': [
    { tab: 'console', name: 'console-role-created' },
    { tab: 'panel', name: 'panel', showing: 'FinOps AWS onboarding' },
  ],
  'role-arn': [
    { tab: 'console', name: 'console-role-details' },
    { tab: 'panel', name: 'panel-values', showing: 'Values' },
    { tab: 'panel', name: 'panel-hand-off', showing: 'Connect form of FinOps for Cloud' },
  ],
  portal: [{ tab: 'portal', name: 'connected' }],
  done: [{ tab: 'panel', name: 'panel-all-done', showing: 'FinOps AWS onboarding' }],
};

/** The stages in order, each with its screenshots. */
export const tourStages = wholeFlowStages.map((stage) => ({ ...stage, shots: shotsAfter[stage.id] ?? [] }));

/** Screenshots of the organization tour, after these stages. @type {Record<string, TourShot[]>} */
const organizationShotsAfter = {
  setup: [{ tab: 'panel', name: 'panel-setup', showing: 'FinOps AWS onboarding' }],
  'role-arn': [{ tab: 'panel', name: 'panel-values', showing: 'Values' }],
  'stack-set': [{ tab: 'console', name: 'console-stack-set' }],
  members: [{ tab: 'console', name: 'console-organization' }],
  'stack-instances': [{ tab: 'console', name: 'console-stack-instances' }],
  'portal-management': [{ tab: 'portal', name: 'connected' }],
  'portal-members': [{ tab: 'portal', name: 'last-member-connected' }],
  done: [{ tab: 'panel', name: 'panel-all-connected' }],
};

/**
 * The organization tour's stages (scripts/lib/organization-flow.mjs), each with its screenshots.
 * @param {{ members: number, filesDir: string }} options
 */
export const organizationTourStages = (options) => organizationStages(options).map((stage) => ({ ...stage, shots: organizationShotsAfter[stage.id] ?? [] }));

/** Where a headful `npm start` leaves the person: the first stage's console and panel. */
export const headfulStage = wholeFlowStages[0];

/** The values summary.json reports, by the Values panel's labels. */
export const summaryValueLabels = reportedValueLabels;
