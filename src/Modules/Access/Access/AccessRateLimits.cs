using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;

namespace WellPath.Access;

/// <summary>Per-address limits on the forms that send mail or check passwords, on top of the per-account sign-in throttle.</summary>
internal static class AccessRateLimits
{
    public const string MailedLinks = "access.mailed-links";
    public const string SignIn = "access.sign-in";

    /// <summary><c>WELLPATH_MAILED_LINK_LIMIT</c> (default 5 per 10 minutes) and <c>WELLPATH_SIGN_IN_LIMIT</c> (default 30 a minute) per address.</summary>
    public static void Configure(RateLimiterOptions options, IConfiguration configuration)
    {
        var mailedLinks = Permits(configuration["WELLPATH_MAILED_LINK_LIMIT"], 5);
        var signIns = Permits(configuration["WELLPATH_SIGN_IN_LIMIT"], 30);
        options.AddPolicy(MailedLinks, context => PerAddress(context, mailedLinks, TimeSpan.FromMinutes(10)));
        options.AddPolicy(SignIn, context => PerAddress(context, signIns, TimeSpan.FromMinutes(1)));
    }

    private static int Permits(string? configured, int fallback) =>
        int.TryParse(configured, out var permits) && permits is >= 1 and <= 100_000 ? permits : fallback;

    private static RateLimitPartition<string> PerAddress(HttpContext context, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
}
