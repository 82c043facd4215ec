// Starts GOV.UK Frontend's JavaScript (service navigation menu, skip link,
// notification banners…). Loaded as a module from the layout; pages work
// without it. The only script that loads the library: the layout preloads this
// same plain address, so it is fetched and evaluated once.
import { initAll } from './govuk-frontend.min.js'

initAll()
