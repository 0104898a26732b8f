using Carter;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Access.CreateStaff;
using WellPath.Access.GetStaff;
using WellPath.Access.Shared;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Validation;

namespace WellPath.Access.ListStaff;

internal sealed class ListStaffPageEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/admin/staff").RequireAuthorization(Policies.Admin).ExcludeFromDescription()
            .MapGet("", async (
                [AsParameters] ListStaffRequest request,
                string? created,
                HttpContext context,
                IValidator<ListStaffRequest> validator,
                ListStaffHandler handler,
                GetStaffHandler getStaff,
                CancellationToken cancellationToken) =>
            {
                var validation = await validator.ValidateAsync(request, cancellationToken);
                if (!validation.IsValid)
                {
                    var invalid = new ListStaffView(request, null, validation.ToFieldErrors(), CreateStaffFormView.Empty);
                    return AdminPages.PageOrPartial<ListStaffPage, ListStaffPartial>(context, invalid, StatusCodes.Status422UnprocessableEntity);
                }

                var list = await handler.HandleAsync(request.ToFilter(), cancellationToken);
                var createdStaff = Guid.TryParse(created, out var createdId) ? await getStaff.HandleAsync(createdId, cancellationToken) : null;
                var view = new ListStaffView(request, list, ListStaffView.NoErrors, CreateStaffFormView.Empty, createdStaff);
                return AdminPages.PageOrPartial<ListStaffPage, ListStaffPartial>(context, view);
            });
    }
}
