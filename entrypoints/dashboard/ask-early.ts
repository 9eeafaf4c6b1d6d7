// Imported first by main.tsx, for its effect: modules run in import order, so the tracker's first
// request leaves before the rest of the dashboard's code runs (tracker-first.ts).
import { askTrackerEarly } from './tracker-first';

askTrackerEarly();
