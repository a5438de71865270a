import { useLocation } from '../shell/router';
import { CostManagementHome } from './CostManagementHome';
import { ExportDetailsPage } from './ExportDetailsPage';
import { ExportFormPage } from './ExportFormPage';
import { ExportsListPage } from './ExportsListPage';

// Billing and Cost Management keeps its route in the hash: /costmanagement/home#/bcm-data-exports/...
export function CostManagementApp() {
  const { path } = useLocation();
  const [section, action, name] = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (section !== 'bcm-data-exports') return <CostManagementHome />;
  if (action === 'create') return <ExportFormPage key="create" />;
  if (action === 'edit' && name) return <ExportFormPage key={`edit-${name}`} editName={name} />;
  if (action === 'details' && name) return <ExportDetailsPage exportName={name} />;
  return <ExportsListPage />;
}
