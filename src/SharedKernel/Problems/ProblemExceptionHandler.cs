using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace WellPath.SharedKernel.Problems;

/// <summary>
/// Bad requests keep their status (400 malformed, 413 too large) with a safe message; anything else is a 500
/// that is logged with its stack trace and answered without it.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, BadRequestDetail(bad)),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (499, "The client closed the request."),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred. It has been logged with the request id."),
        };
        if (status >= 500)
        {
            LogUnhandled(httpContext.TraceIdentifier, exception);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }

    private static string BadRequestDetail(BadHttpRequestException exception) => exception.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => $"The request body is larger than {RequestBodyLimitMiddleware.MaxBodyBytes / 1024} KiB.",
        _ when exception.InnerException is System.Text.Json.JsonException => "The request body is not valid JSON for this operation.",
        _ => exception.Message,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for request {RequestId}")]
    private partial void LogUnhandled(string requestId, Exception exception);
}
