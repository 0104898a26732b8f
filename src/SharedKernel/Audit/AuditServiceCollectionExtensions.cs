using Microsoft.Extensions.DependencyInjection;

namespace WellPath.SharedKernel.Audit;

public static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddWellPathAudit(this IServiceCollection services) =>
        services.AddScoped<IAuditTrail, AuditTrail>().AddSingleton<IAuditReader, AuditReader>();
}
