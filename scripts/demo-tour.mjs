// The pages `npm start` shows, in order. To extend the tour, add a step here: a console or
// portal `url` (served by the replicas, never the network) or an extension page, plus an
// optional `act(page)` that does something there and returns a note for the summary.

/**
 * @typedef {object} TourStep
 * @property {string} id                 also the screenshot's file name
 * @property {string} title
 * @property {string} [url]              a console or portal URL, served by the replica routes
 * @property {string} [extensionPage]    e.g. `sidepanel.html`
 * @property {{ width: number, height: number }} [viewport]
 * @property {unknown} [replicaOptions]  handed to the page as `window.__REPLICA__`
 * @property {(page: import('puppeteer-core').Page) => Promise<string | void>} [act]
 */

/** @type {TourStep[]} */
export const tourSteps = [
  {
    id: 'data-exports-list',
    title: 'AWS console: Billing and Cost Management → Data Exports',
    url: 'https://us-east-1.console.aws.amazon.com/costmanagement/home?region=us-east-1#/bcm-data-exports',
  },
  {
    id: 'iam-create-policy',
    title: 'AWS console: IAM → Policies → Create policy',
    url: 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/policies/create',
  },
  {
    id: 'side-panel',
    title: 'The extension side panel',
    extensionPage: 'sidepanel.html',
    viewport: { width: 420, height: 900 },
  },
  {
    id: 'portal-connect',
    title: 'FinOps for Cloud portal: connect a data source',
    url: 'https://portal.finops.softwareone.com/cloud-account/connect',
  },
];

/** Where a headful `npm start` opens: the first of these the replicas serve. */
export const startPageIds = ['data-exports-list', 'iam-create-policy'];
