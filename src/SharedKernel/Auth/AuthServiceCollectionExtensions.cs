using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace WellPath.SharedKernel.Auth;

public static class AuthServiceCollectionExtensions
{
    public static IServiceCollection AddWellPathAuth(this IServiceCollection services)
    {
        services.AddSingleton<IBearerTokenResolver, BootstrapAdminTokenResolver>();
        services.AddAuthentication(BearerTokenAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenAuthenticationHandler>(BearerTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(options => options.AddWellPathPolicies());
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();
        return services;
    }
}
