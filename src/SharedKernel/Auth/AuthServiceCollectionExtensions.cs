using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace WellPath.SharedKernel.Auth;

public static class AuthServiceCollectionExtensions
{
    public const string DefaultScheme = "WellPath";

    /// <summary>
    /// A bearer token when the request carries one, else the session cookie. An API request without credentials is
    /// answered 401, a page request is sent to the sign-in page.
    /// </summary>
    public static IServiceCollection AddWellPathAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var secureCookies = configuration["WELLPATH_COOKIE_SECURE"];
        services.AddSingleton<IBearerTokenResolver, BootstrapAdminTokenResolver>();
        services.AddAuthentication(DefaultScheme)
            .AddPolicyScheme(DefaultScheme, "Bearer token or session cookie", o =>
            {
                o.ForwardDefaultSelector = SelectScheme;
                o.ForwardChallenge = null;
            })
            .AddScheme<AuthenticationSchemeOptions, BearerTokenAuthenticationHandler>(BearerTokenAuthenticationHandler.SchemeName, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, SessionCookieDefaults.Configure);
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IHostEnvironment>((options, environment) => options.Cookie.SecurePolicy =
                (secureCookies is null ? !environment.IsDevelopment() : !string.Equals(secureCookies, "false", StringComparison.OrdinalIgnoreCase))
                    ? CookieSecurePolicy.Always
                    : CookieSecurePolicy.SameAsRequest);
        services.AddAuthorization(options => options.AddWellPathPolicies());
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();
        return services;
    }

    private static string SelectScheme(HttpContext context)
    {
        string? authorization = context.Request.Headers.Authorization;
        return authorization?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true
            ? BearerTokenAuthenticationHandler.SchemeName
            : CookieAuthenticationDefaults.AuthenticationScheme;
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
