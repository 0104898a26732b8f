using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Appointments.BookingPages;
using WellPath.Appointments.Reception.Shared;
using WellPath.Appointments.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Web;

namespace WellPath.Appointments.Reception.Reschedule;

/// <summary>
/// "Reschedule" from the day list: the page (on htmx, a day's free times alone), and the move, which answers 303 to
/// the day list of the new time at its row; a refusal shows what is in the way before anything is saved.
/// </summary>
internal sealed class RescheduleScreenEndpoints : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/reception/appointments/{id:guid}/reschedule").RequireAuthorization(RescheduleAccess.Policy).ExcludeFromDescription();
        group.MapGet("", async (Guid id, string? date, string? practitionerId, HttpContext context, ClaimsPrincipal user, RescheduleScreenHandler handler,
            CancellationToken cancellationToken) =>
        {
            if (!QueryValues.TryOptionalDate(date, out var day))
            {
                return QueryValues.BadDate(RescheduleAccess.ScreenUrl(id), "Choose the day again");
            }
            if (!QueryValues.TryOptionalId(practitionerId, out var practitioner))
            {
                return PageMessage.Show("Check the link", "The practitioner in this link is not valid. Choose one from the list.",
                    StatusCodes.Status400BadRequest, RescheduleAccess.ScreenUrl(id), "Choose again");
            }
            var view = await handler.OpenAsync(id, day, practitioner, CallerScope.From(user), cancellationToken);
            return view is null ? PageMessage.NotFound() : ModelPages.PageOrPartial<RescheduleScreenPage, RescheduleTimesPartial>(context, view);
        });

        group.MapPost("", async (Guid id, IFormCollection fields, ClaimsPrincipal user, RescheduleScreenHandler handler, CancellationToken cancellationToken) =>
            await handler.MoveAsync(id, RescheduleScreenForm.Read(fields), CallerScope.From(user), cancellationToken) switch
            {
                DeskMove.Moved moved => new SeeOther(DayListOf(moved.Appointment)),
                DeskMove.Refused refused => ModelPages.Page<RescheduleScreenPage>(refused.View, refused.Status),
                DeskMove.Stopped stopped => PageMessage.Show("Not moved", stopped.Message, stopped.Status, RescheduleAccess.ScreenUrl(id), "Back to the reschedule screen"),
                _ => PageMessage.NotFound(),
            });
    }

    /// <summary>The day list of the new time, scrolled to the moved appointment's row.</summary>
    private static string DayListOf(AppointmentResponse moved)
    {
        var day = LocalTimes.DateOf(DateTimeOffset.Parse(moved.Start, System.Globalization.CultureInfo.InvariantCulture));
        return $"/reception?locationId={moved.LocationId}&date={LocalTimes.Iso(day)}#appointment-{moved.Id}";
    }
}
