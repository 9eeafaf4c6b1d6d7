// First: sends the tracker's first request before the modules below run (ask-early.ts).
import './ask-early';
import { render } from 'preact';
import { dropEarly } from '@/lib/messaging/early';
import { DashboardApp } from './DashboardApp';
import '@/components/theme.css';
import './dashboard.css';
import { APP_START_MARK } from './tracker-first';

performance.mark(APP_START_MARK);

render(<DashboardApp />, document.getElementById('app')!);
// The first render has taken the early reply (layout effects run within render): no later request may.
dropEarly();
