using Carter;
using Htmx;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Access.GetStaff;
using WellPath.Access.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Web;

namespace WellPath.Access.SetStaffActive;

/// <summary>The status buttons: htmx swaps in the status section; without JavaScript the form posts and the page reloads.</summary>
internal sealed class SetStaffActivePageEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/staff").RequireAuthorization(Policies.Admin).ExcludeFromDescription();
        group.MapPost("/{id:guid}/deactivate", (Guid id, HttpContext context, SetStaffActiveHandler handler, GetStaffHandler getStaff, CancellationToken cancellationToken) =>
                ChangeAsync(id, active: false, context, handler, getStaff, cancellationToken))
            .RequireAntiforgery();
        group.MapPost("/{id:guid}/reactivate", (Guid id, HttpContext context, SetStaffActiveHandler handler, GetStaffHandler getStaff, CancellationToken cancellationToken) =>
                ChangeAsync(id, active: true, context, handler, getStaff, cancellationToken))
            .RequireAntiforgery();
    }

    private static async Task<IResult> ChangeAsync(
        Guid id, bool active, HttpContext context, SetStaffActiveHandler handler, GetStaffHandler getStaff, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, active, cancellationToken);
        if (outcome is StaffChange.Done done)
        {
            var notice = active ? "Reactivated." : "Deactivated. Their sessions have ended.";
            return context.Request.IsHtmx()
                ? AdminPages.Page<SetStaffActivePartial>(new SetStaffActiveView(done.Staff, notice))
                : TypedResults.LocalRedirect($"/admin/staff/{id}");
        }

        if (outcome is not StaffChange.Refused refused || await getStaff.HandleAsync(id, cancellationToken) is not { } staff)
        {
            return AdminPages.NotFound("The staff member");
        }
        var status = new SetStaffActiveView(staff, Problem: refused.Reason);
        return context.Request.IsHtmx()
            ? AdminPages.Page<SetStaffActivePartial>(status, StatusCodes.Status409Conflict)
            : AdminPages.Page<GetStaffPage>(GetStaffView.For(staff) with { Status = status }, StatusCodes.Status409Conflict);
    }
}
