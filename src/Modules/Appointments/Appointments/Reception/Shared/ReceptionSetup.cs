using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using WellPath.Appointments.Reception.StaffNotes;
using WellPath.SharedKernel.Auth;

namespace WellPath.Appointments.Reception.Shared;

internal static class ReceptionSetup
{
    /// <summary>The front desk: who answers requests and books on someone's behalf. Practitioners only see their own day.</summary>
    public const string DeskPolicy = "reception_desk";

    public static readonly string[] DeskRoles = [Roles.Admin, Roles.Operations, Roles.ClinicManager, Roles.Reception];

    public static IServiceCollection AddReception(this IServiceCollection services)
    {
        services.AddSingleton<StaffNoteReader>();
        services.AddScoped<AppointmentLines>();
        services.AddScoped<RowAnswers>();
        services.AddScoped<BookOnBehalf.BookingSlots>();
        services.Configure<AuthorizationOptions>(options =>
        {
            options.AddPolicy(DeskPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(DeskRoles));
            Reschedule.RescheduleAccess.AddPolicy(options);
        });
        return services;
    }
}
