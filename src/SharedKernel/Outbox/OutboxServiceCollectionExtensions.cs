using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WellPath.SharedKernel.Jobs;

namespace WellPath.SharedKernel.Outbox;

public static class OutboxServiceCollectionExtensions
{
    public static IServiceCollection AddWellPathOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = int.TryParse(configuration["WELLPATH_OUTBOX_INTERVAL_SECONDS"], out var s) && s is >= 1 and <= 300 ? s : 2;
        services.AddSingleton<IOutbox, OutboxWriter>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddRecurringJob<OutboxDeliveryJob>(OutboxDeliveryJob.Name, TimeSpan.FromSeconds(seconds));
        // Read when first resolved, so it sees every handler registered after this call.
        services.AddSingleton(_ => new EventTypeRegistry(services));
        return services;
    }
}
