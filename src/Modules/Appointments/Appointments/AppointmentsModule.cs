using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WellPath.Appointments.Blocking;
using WellPath.Appointments.Reception.Shared;
using WellPath.Availability.Contracts;
using WellPath.SharedKernel.Modules;

namespace WellPath.Appointments;

public sealed class AppointmentsModule : IModule
{
    public const string BookingLimit = "appointments.booking";

    public string Name => "appointments";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IBlockedTimeSource, AppointmentBlockedTime>();
        services.AddScoped<IScheduledAppointments, PractitionerScheduledAppointments>();
        services.AddReception();
        var permits = int.TryParse(configuration["WELLPATH_BOOKING_LIMIT"], out var p) && p is >= 1 and <= 1_000_000 ? p : 30;
        services.Configure<RateLimiterOptions>(options => options.AddPolicy(BookingLimit, context =>
            RateLimitPartition.GetFixedWindowLimiter(
                context.User.Identity?.IsAuthenticated == true ? $"user:{context.User.Identity.Name}" : context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
    }
}
