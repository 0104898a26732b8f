using Microsoft.AspNetCore.Http;

namespace WellPath.Appointments.BookingPages;

/// <summary>303 after a successful form post: the browser follows with a GET, so reloading the result never posts twice.</summary>
internal sealed class SeeOther(string location) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
