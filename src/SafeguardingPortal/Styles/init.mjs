// Starts GOV.UK Frontend's JavaScript (service navigation menu, skip link,
// notification banners…). Loaded as a module from the layout; pages work
// without it. Same URL as the layout's own <script type="module">, so the
// library is fetched and evaluated once.
import { initAll } from './govuk-frontend.min.js'

initAll()
