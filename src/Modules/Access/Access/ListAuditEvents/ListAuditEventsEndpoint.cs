using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Access.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Validation;

namespace WellPath.Access.ListAuditEvents;

internal sealed class ListAuditEventsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/audit-events").WithTags("Access").RequireAuthorization(Policies.Admin)
            .MapGet("", async ([AsParameters] ListAuditEventsRequest request, ListAuditEventsHandler handler, CancellationToken cancellationToken) =>
            {
                var list = await handler.HandleAsync(request.ToFilter(), cancellationToken);
                return TypedResults.Ok(new ItemsResponse<AuditEventResponse>(list.Items, list.NextPage));
            })
            .Validate<ListAuditEventsRequest>()
            .WithName("ListAuditEvents");
    }
}
