// Evidence: none — no screenshot of the portal's chrome.
// Assumed without evidence: navigation, header and layout.
import type { ReactNode } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { brandGradient, brandPrimary, gray2, gray4 } from './theme';

const menu = ['Home', 'Recommendations', 'Resources', 'Pools', 'Cost explorer', 'Data sources', 'Users', 'Settings'];

export const navigate = (path: string) => {
  history.pushState(null, '', path);
  dispatchEvent(new PopStateEvent('popstate'));
};

const Logo = () => (
  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }} data-test-id="logo">
    <Box
      aria-hidden
      sx={{ width: 28, height: 28, borderRadius: '50%', background: brandGradient, boxShadow: 'inset 0 0 0 6px #fff', border: `2px solid ${brandPrimary}` }}
    />
    <Typography component="span" sx={{ fontWeight: 700, fontSize: 18, letterSpacing: '-0.2px', color: '#000' }}>
      SoftwareOne
    </Typography>
    <Box sx={{ width: '1px', height: 24, backgroundColor: gray2 }} />
    <Typography component="span" sx={{ fontSize: 18, color: '#000' }}>
      FinOps for Cloud
    </Typography>
  </Box>
);

export const PortalLayout = ({ activeMenuItem, children }: { activeMenuItem: string; children: ReactNode }) => (
  <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
    <AppBar position="static" elevation={0} sx={{ backgroundColor: '#fff', borderBottom: `1px solid ${gray2}` }}>
      <Toolbar sx={{ gap: 2 }}>
        <Logo />
        <Box sx={{ flexGrow: 1 }} />
        <Typography variant="body2" sx={{ color: gray4 }}>
          Organization: <strong>Contoso FinOps</strong>
        </Typography>
        <Box
          sx={{ width: 32, height: 32, borderRadius: '50%', backgroundColor: brandPrimary, color: '#fff', display: 'grid', placeItems: 'center', fontSize: 13, fontWeight: 700 }}
        >
          JD
        </Box>
      </Toolbar>
    </AppBar>
    <Box sx={{ display: 'flex', flexGrow: 1 }}>
      <Box component="nav" sx={{ width: 220, flexShrink: 0, backgroundColor: '#fff', borderRight: `1px solid ${gray2}` }}>
        <List dense>
          {menu.map((item) => (
            <ListItemButton
              key={item}
              selected={item === activeMenuItem}
              onClick={() => item === 'Data sources' && navigate('/cloud-accounts')}
              sx={{ mx: 1, borderRadius: 2, '&.Mui-selected': { backgroundColor: '#EAECFF', color: brandPrimary } }}
            >
              <ListItemText primary={item} />
            </ListItemButton>
          ))}
        </List>
      </Box>
      <Box component="main" sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
        {children}
      </Box>
    </Box>
  </Box>
);
