using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WellPath.Availability.Shared;
using WellPath.Availability.Slots;
using WellPath.SharedKernel.Modules;

namespace WellPath.Availability;

public sealed class AvailabilityModule : IModule
{
    public string Name => "availability";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ScheduleStore>();
        services.AddScoped<SlotSearch>();
        services.AddScoped<WellPath.Availability.Contracts.ISlotChecker, SlotChecker>();
        services.AddScoped<WellPath.Availability.Contracts.ISlotFinder, SlotFinder>();
        services.AddScoped<PractitionerAccess>();
        services.AddScoped<EditSchedule.ScheduleViewLoader>();
    }
}
