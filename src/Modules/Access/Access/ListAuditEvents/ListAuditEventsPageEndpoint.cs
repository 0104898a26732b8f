using Carter;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Access.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Validation;

namespace WellPath.Access.ListAuditEvents;

internal sealed class ListAuditEventsPageEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/admin/audit").RequireAuthorization(Policies.Admin).ExcludeFromDescription()
            .MapGet("", async (
                [AsParameters] ListAuditEventsRequest request,
                HttpContext context,
                IValidator<ListAuditEventsRequest> validator,
                ListAuditEventsHandler handler,
                CancellationToken cancellationToken) =>
            {
                var validation = await validator.ValidateAsync(request, cancellationToken);
                if (!validation.IsValid)
                {
                    var invalid = new ListAuditEventsView(request, null, validation.ToFieldErrors(), TimeZoneInfo.Utc);
                    return AdminPages.PageOrPartial<ListAuditEventsPage, ListAuditEventsPartial>(context, invalid, StatusCodes.Status422UnprocessableEntity);
                }

                var filter = request.ToFilter();
                var list = await handler.HandleAsync(filter, cancellationToken);
                var view = new ListAuditEventsView(request, list, new Dictionary<string, string[]>(), filter.Zone);
                return AdminPages.PageOrPartial<ListAuditEventsPage, ListAuditEventsPartial>(context, view);
            });
    }
}
