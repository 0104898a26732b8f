// Sends the antiforgery token with every htmx request, so hx-post buttons outside a form are protected too.
document.addEventListener("htmx:configRequest", (event) => {
  const token = document.querySelector('meta[name="csrf-token"]')?.content;
  if (token) {
    event.detail.headers["RequestVerificationToken"] = token;
  }
});

// An htmx answer that carries no message to swap in (403, 404, 429, 5xx, an expired form), or no answer at all, would
// otherwise leave the page as it was without a word: say what happened, above the page's content.
const requestErrors = {
  400: "This page is out of date. Reload it and try again.",
  401: "Your session has ended. Sign in again.",
  403: "You may not do this. Nothing was changed.",
  404: "That is no longer there. Reload the page to see what is.",
  429: "Too many requests in a short time. Wait a moment, then try again.",
};

const requestErrorBanner = () => document.querySelector("[data-testid=request-error]");

function showRequestError(message) {
  const banner = requestErrorBanner();
  if (banner) {
    banner.textContent = message;
    banner.hidden = false;
  }
}

document.addEventListener("htmx:responseError", (event) => {
  const status = event.detail.xhr.status;
  showRequestError(requestErrors[status] ?? "Something went wrong on our side. Nothing was changed; try again in a moment.");
});

document.addEventListener("htmx:sendError", () => showRequestError("The clinic's server could not be reached. Check your connection and try again."));

document.addEventListener("htmx:beforeRequest", () => {
  const banner = requestErrorBanner();
  if (banner) {
    banner.hidden = true;
  }
});
