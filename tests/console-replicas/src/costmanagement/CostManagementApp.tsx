// Evidence: none for routing — the hash routes follow facts.md section 2; the pages it mounts name
//   their screenshots.
// Assumed without evidence: the edit/details routes (not public).
import { useLocation, useReplicaState } from '../shell/router';
import { CostManagementHome } from './CostManagementHome';
import { ExportDetailsPage } from './ExportDetailsPage';
import { ExportFormPage } from './ExportFormPage';
import { ExportsListPage } from './ExportsListPage';
import { LegacyExportDetailsPage } from './LegacyExportDetailsPage';

// Billing and Cost Management keeps its route in the hash: /costmanagement/home#/bcm-data-exports/...
export function CostManagementApp() {
  const { path } = useLocation();
  const state = useReplicaState();
  const [section, action, name] = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (section !== 'bcm-data-exports') return <CostManagementHome />;
  if (action === 'create') return <ExportFormPage key="create" />;
  if (action === 'edit' && name) return <ExportFormPage key={`edit-${name}`} editName={name} />;
  const legacy = state.exports.find((row) => row.name === name && row.type === 'Legacy CUR export');
  // A legacy CUR export's details page is laid out differently (bucket only, no prefix).
  if (action === 'details' && name && legacy) return <LegacyExportDetailsPage row={legacy} />;
  if (action === 'details' && name) return <ExportDetailsPage exportName={name} />;
  return <ExportsListPage />;
}
