using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WellPath.Catalog.Contracts;
using WellPath.SharedKernel.Web;

namespace WellPath.Appointments.BookingPages;

/// <summary>The step after "Book" on a clinic's services page: anyone, or one of the practitioners who give this service there.</summary>
internal sealed class ChoosePractitionerEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGroup("/book").AllowAnonymous().ExcludeFromDescription()
            .MapGet("", async (string? serviceId, string? locationId, IServiceOffers offers, ICatalogQueries catalog, CancellationToken cancellationToken) =>
            {
                if (!Guid.TryParse(serviceId, out var service) || !Guid.TryParse(locationId, out var location))
                {
                    return CustomerMessage.BadLink("This link is missing the service or the clinic. Choose the service again.");
                }
                var offer = (await offers.GetAsync([new ServiceAtLocation(service, location)], cancellationToken)).FirstOrDefault();
                if (offer is not { PubliclyOffered: true })
                {
                    return CustomerMessage.NotOffered();
                }
                var practitioners = await catalog.GetEligiblePractitionersAsync(service, location, cancellationToken);
                return ModelPages.Page<ChoosePractitionerPage>(new ChoosePractitionerView(offer, practitioners.OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList()));
            });
    }
}

internal sealed record ChoosePractitionerView(ServiceOffer Offer, IReadOnlyList<PractitionerInfo> Practitioners)
{
    public string PickerUrl(Guid? practitionerId) =>
        $"/book/slots?serviceId={Offer.ServiceId}&locationId={Offer.LocationId}{(practitionerId is { } p ? $"&practitionerId={p}" : "")}";

    public string Duration => CustomerWording.Duration(Offer.DurationMinutes);

    public string Price => CustomerWording.Price(Offer.PriceCents, Offer.Currency);
}
