import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<main><h1>FinOps AWS onboarding</h1></main>);
