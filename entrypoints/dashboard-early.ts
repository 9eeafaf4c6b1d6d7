import { askTrackerEarly } from './dashboard/tracker-first';

/**
 * The dashboard's first script: a classic script that dashboard.html names before the app's module,
 * so it runs as soon as the HTML reaches it. A module script would run only once the whole module
 * graph of the dashboard has loaded (about a hundred milliseconds on a quiet machine), and the
 * tracker's first request, sent from here, no longer waits for that.
 */
export default defineUnlistedScript(() => askTrackerEarly());
