import { askTrackerEarly } from './dashboard/tracker-first';

/**
 * The dashboard's first script: a classic script that dashboard.html loads `async`, so it runs as
 * soon as it has loaded, without holding up the parser. A module script would run only once the
 * whole module graph of the dashboard has loaded, and the tracker's first request, sent from here,
 * no longer waits for that; should the app run first, it sends the request itself (tracker-first.ts).
 */
export default defineUnlistedScript(() => askTrackerEarly());
