// Sends the antiforgery token with every htmx request, so hx-post buttons outside a form are protected too.
document.addEventListener("htmx:configRequest", (event) => {
  const token = document.querySelector('meta[name="csrf-token"]')?.content;
  if (token) {
    event.detail.headers["RequestVerificationToken"] = token;
  }
});
