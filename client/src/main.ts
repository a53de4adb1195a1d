// The page's entry: a case's brief (`?brief=<case id>`, a printable page of its own) or the explorer.
import './styles.css';

const briefCase = new URLSearchParams(location.search).get('brief');
if (briefCase) void import('./brief.ts').then(({ showBrief }) => showBrief(briefCase));
else void import('./explorer.ts');
