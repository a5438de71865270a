// Evidence: none — routing stand-ins to reach the connect page.
// Assumed without evidence: every page except the connect page.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CssBaseline from '@mui/material/CssBaseline';
import Typography from '@mui/material/Typography';
import { ThemeProvider } from '@mui/material/styles';
import { ConnectDataSourcePage } from './ConnectDataSourcePage';
import { navigate, PortalLayout } from './PortalLayout';
import { portalState } from './portalWindow';
import { boxShadow, finopsTheme } from './theme';

const isConnectPage = (path: string) => /^\/cloud-account\/connect\/?$/.test(path);

// Everything except the connect page is a stand-in, enough to navigate to and from it.
const DataSourcesPage = () => {
  useEffect(() => {
    portalState().ready = true;
  }, []);
  return (
    <Box>
      <Typography variant="h5" component="h1" sx={{ fontWeight: 'bold', mb: 3 }}>
        Data sources
      </Typography>
      <Box sx={{ background: '#fff', p: 3, borderRadius: 4, boxShadow }}>
        <Typography sx={{ mb: 2 }}>No data sources connected yet.</Typography>
        <Button variant="contained" data-test-id="btn_add" onClick={() => navigate('/cloud-account/connect')}>
          Add
        </Button>
      </Box>
    </Box>
  );
};

const usePathname = () => {
  const [pathname, setPathname] = useState(location.pathname);
  useEffect(() => {
    const follow = () => {
      setPathname(location.pathname);
      portalState().route = location.pathname;
    };
    addEventListener('popstate', follow);
    return () => removeEventListener('popstate', follow);
  }, []);
  return pathname;
};

const App = () => {
  const pathname = usePathname();
  return (
    <PortalLayout activeMenuItem="Data sources">
      {isConnectPage(pathname) ? <ConnectDataSourcePage key={location.search} /> : <DataSourcesPage />}
    </PortalLayout>
  );
};

document.title = 'FinOps for Cloud';
portalState();
const root = document.getElementById('root');
if (!root) throw new Error('The portal replica needs a #root element in index.html.');
createRoot(root).render(
  <StrictMode>
    <ThemeProvider theme={finopsTheme}>
      <CssBaseline />
      <App />
    </ThemeProvider>
  </StrictMode>,
);
