using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace WellPath.SharedKernel.Problems;

/// <summary>Refuses bodies over 64 KiB, whether announced by Content-Length or streamed.</summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    public const long MaxBodyBytes = 64 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        }

        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = MaxBodyBytes;
        }
        return next(context);
    }
}
