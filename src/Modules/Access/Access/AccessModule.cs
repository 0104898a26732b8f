using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.RateLimiting;
using WellPath.Access.ApiTokens;
using WellPath.Access.Contracts;
using WellPath.Access.Customers;
using WellPath.Access.Links;
using WellPath.Access.Sessions;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Modules;

namespace WellPath.Access;

public sealed class AccessModule : IModule
{
    public string Name => "access";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IBearerTokenResolver, ApiTokenResolver>();
        services.AddSingleton<PasswordHashing>();
        services.AddSingleton<SessionValidator>();
        services.AddScoped<SignInThrottle>();
        services.AddSingleton<SignInLinks>();
        services.AddSingleton<PublicUrl>();
        services.AddScoped<SetPasswordLinkSender>();
        services.AddScoped<ICustomerDirectory, CustomerDirectory>();
        services.Configure<RateLimiterOptions>(options => AccessRateLimits.Configure(options, configuration));
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .PostConfigure<SessionValidator>((options, validator) => options.Events.OnValidatePrincipal = validator.ValidateAsync);
    }
}
