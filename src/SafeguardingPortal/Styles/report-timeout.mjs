// GOV.UK's timeout warning for the report-a-concern journey: shortly before the
// server deletes an idle report, a modal dialog offers to keep it; when time
// runs out, the page moves to "your answers have been deleted". Without
// JavaScript each page states the time limit instead.
const dialog = document.querySelector('[data-nts-timeout]')

if (dialog && typeof dialog.showModal === 'function') {
  const warnAfter = Number(dialog.dataset.warnAfterSeconds) * 1000
  const endAfter = Number(dialog.dataset.timeoutSeconds) * 1000
  const form = dialog.querySelector('form')
  let timers = []

  const start = () => {
    timers.forEach(clearTimeout)
    timers = [
      setTimeout(() => dialog.showModal(), warnAfter),
      setTimeout(() => { window.location.href = dialog.dataset.endedUrl }, endAfter)
    ]
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const response = await fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' })
    if (response.ok) {
      dialog.close()
      start()
    } else {
      window.location.href = dialog.dataset.endedUrl
    }
  })

  start()
}
