using System.Security.Claims;
using Carter;
using FluentValidation;
using Htmx;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Access.Contracts;
using WellPath.Appointments.BookAppointment;
using WellPath.Appointments.Reception.Shared;
using WellPath.Appointments.Shared;
using WellPath.Availability.Contracts;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Validation;
using WellPath.SharedKernel.Web;

namespace WellPath.Appointments.Reception.BookOnBehalf;

/// <summary>
/// The customer and the booking itself. The search posts the whole form (no search words in a URL, nothing typed lost);
/// the booking goes through the API's validator and <see cref="BookAppointmentHandler"/>, like every other booking.
/// </summary>
internal sealed class BookDetailsEndpoints : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/reception/book").RequireAuthorization(ReceptionSetup.DeskPolicy).ExcludeFromDescription();
        group.MapGet("/details", async (string? locationId, string? serviceId, string? practitionerId, string? start,
            ClaimsPrincipal user, BookingSlots slots, CancellationToken cancellationToken) =>
        {
            var form = BookingForm.ForSlot(locationId, serviceId, practitionerId, start);
            var slot = await slots.LoadAsync(form, CallerScope.From(user), cancellationToken);
            return slot?.Start is null ? TimeGone() : ModelPages.Page<BookDetailsPage>(new BookDetailsView(form, slot, []));
        });
        group.MapPost("/customers", async (IFormCollection fields, HttpContext context, ClaimsPrincipal user,
            BookingSlots slots, ICustomerDirectory customers, CancellationToken cancellationToken) =>
        {
            var caller = CallerScope.From(user);
            var form = BookingForm.Read(fields) with { CustomerId = "" };
            if (await slots.LoadAsync(form, caller, cancellationToken) is not { } slot)
            {
                return TimeGone();
            }
            var query = form.Query.Trim();
            var valid = query.Length is >= CustomerSearch.MinLength and <= CustomerSearch.MaxLength;
            var matches = valid ? await customers.SearchAsync(query, caller, cancellationToken) : [];
            var message = !valid
                ? $"Type {CustomerSearch.MinLength} to {CustomerSearch.MaxLength} characters of a name, an email or a phone number."
                : matches.Count == 0 ? "No customer matches. Enter them as a new customer below." : null;
            var view = new BookDetailsView(form, slot, matches, message);
            var status = valid ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity;
            return context.Request.IsHtmx() ? ModelPages.Page<CustomerResultsPartial>(view, status) : ModelPages.Page<BookDetailsPage>(view, status);
        });
        group.MapPost("", BookAsync);
    }

    private static async Task<IResult> BookAsync(IFormCollection fields, ClaimsPrincipal user, BookingSlots slots, ICustomerDirectory customers,
        IValidator<BookAppointmentRequest> validator, BookAppointmentHandler handler, ISlotFinder finder, CancellationToken cancellationToken)
    {
        var caller = CallerScope.From(user);
        var form = BookingForm.Read(fields);
        if (await slots.LoadAsync(form, caller, cancellationToken) is not { } slot)
        {
            return TimeGone();
        }
        var errors = new Dictionary<string, string[]>();
        CustomerDetails? existing = null;
        List<CustomerMatch> chosen = [];
        if (form.ExistingCustomer is { } customerId)
        {
            existing = await customers.FindAsync(customerId, cancellationToken);
            if (existing is null)
            {
                errors["customerId"] = ["This customer was not found. Search again, or enter them as a new customer."];
            }
            else
            {
                chosen.Add(new CustomerMatch(customerId, existing.Name, existing.Email, existing.Phone));
            }
        }
        if (!BookingForm.Sources.Contains(form.Source))
        {
            errors["source"] = ["Choose how the booking came in: phone, walk-in or email."];
        }
        if (slot.Start is null)
        {
            errors["start"] = ["Choose one of the free times."];
        }
        var request = form.Request(slot, existing);
        foreach (var (field, messages) in (await validator.ValidateAsync(request, cancellationToken)).ToFieldErrors())
        {
            errors.TryAdd(field, messages);
        }
        if (errors.Count > 0)
        {
            return ModelPages.Page<BookDetailsPage>(new BookDetailsView(form, slot, chosen, Errors: errors), StatusCodes.Status422UnprocessableEntity);
        }

        var key = form.IdempotencyKey is { } text && caller.ActorId is { } actor ? new IdempotencyKey(actor, text) : null;
        switch (await handler.HandleAsync(request, caller, form.Source, key, cancellationToken))
        {
            case BookOutcome.Booked booked:
                return TypedResults.Redirect($"/reception/book/{booked.Appointment.Id}");
            case BookOutcome.Taken taken:
                var day = LocalTimes.DateOf(slot.Start!.Value);
                var free = await finder.FindAsync(new SlotRangeRequest(slot.Service.ServiceId, slot.Location.Id, day, day, slot.PractitionerId, CallerIsStaff: true), cancellationToken);
                // Staff see what is in the way (another booking by reference, a room, a rule), not only that the time is gone.
                var inTheWay = string.Concat(taken.Obstacles.Select(o => " " + o.Message));
                var problem = $"{LocalTimes.Time(slot.Start.Value)} was just taken.{inTheWay} Pick another time below; everything else you typed is kept.";
                return ModelPages.Page<BookDetailsPage>(
                    new BookDetailsView(form, slot, chosen, Problem: problem, OtherTimes: TimeChoice.From(free)), StatusCodes.Status409Conflict);
            default:
                return TimeGone();
        }
    }

    private static IResult TimeGone() => PageMessage.Show(
        "Choose the time again", "This service is not offered at this time and place any more, or the link is incomplete.",
        StatusCodes.Status404NotFound, "/reception/book", "Choose a time");
}
