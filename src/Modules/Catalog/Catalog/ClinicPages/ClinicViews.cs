using System.Globalization;
using WellPath.Catalog.Contracts;
using WellPath.Catalog.Shared;

namespace WellPath.Catalog.ClinicPages;

/// <summary>What the public pages show, worded for customers.</summary>
internal static class ClinicViews
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static ClinicCard Card(LocationResponse location) => new(
        location.Id, location.Name, location.Address, location.Phone,
        OpeningHours.Week.Select(day => new OpeningLine(
            English.DateTimeFormat.GetDayName(day),
            location.OpeningHours.TryGetValue(OpeningHours.Name(day), out var intervals) ? string.Join(", ", intervals.Select(i => $"{i[0]}–{i[1]}")) : "Closed"))
            .ToList());

    public static IReadOnlyList<ServiceCategoryView> Categories(Guid locationId, IEnumerable<ServiceResponse> services) =>
        services.GroupBy(s => s.Category ?? "Other services")
            .Select(g => new ServiceCategoryView(g.Key, g.Select(s => Service(locationId, s)).ToList()))
            .ToList();

    private static ServiceCard Service(Guid locationId, ServiceResponse s) => new(
        s.Name, s.Description, Duration(s.DurationMinutes), Price(s.PriceCents, s.Currency), s.PrepNotes, CancellationPolicy(s.CancellationWindowHours),
        s.Visibility == "seasonal" ? $"Available {Day(s.SeasonStart)} to {Day(s.SeasonEnd)}" : null,
        s.RequiresApproval,
        $"/book?locationId={locationId}&serviceId={s.Id}");

    public static string Duration(int minutes) => CustomerWording.Duration(minutes);

    public static string Price(int cents, string currency) => CustomerWording.Price(cents, currency);

    public static string CancellationPolicy(int hours) => CustomerWording.CancellationPolicy(hours);

    private static string Day(DateOnly? date) => date?.ToString("d MMMM yyyy", English) ?? "";
}
