using System.Security.Claims;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using WellPath.Appointments.Reception.Shared;
using WellPath.Appointments.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Web;

namespace WellPath.Appointments.Reception.BookOnBehalf;

/// <summary>Where a desk booking lands: its reference to read out on the phone, and the way to the day's list.</summary>
internal sealed class BookedEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/reception/book").RequireAuthorization(ReceptionSetup.DeskPolicy).ExcludeFromDescription()
            .MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, NpgsqlDataSource dataSource, AppointmentLines lines, CancellationToken cancellationToken) =>
            {
                var caller = CallerScope.From(user);
                AppointmentRow? row;
                await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
                {
                    row = await ScopedAppointments.FindAsync(connection, id, caller, null, cancellationToken);
                }
                return row is null
                    ? PageMessage.NotFound()
                    : ModelPages.Page<BookedPage>((await lines.BuildAsync([row], caller, cancellationToken))[0]);
            });
    }
}
