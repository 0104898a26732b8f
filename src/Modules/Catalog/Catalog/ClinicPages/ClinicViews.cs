using System.Globalization;
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

    public static string Duration(int minutes) => (minutes / 60, minutes % 60) switch
    {
        (0, var m) => $"{m} minutes",
        (1, 0) => "1 hour",
        (var h, 0) => $"{h} hours",
        (var h, var m) => $"{h} {(h == 1 ? "hour" : "hours")} {m} minutes",
    };

    public static string Price(int cents, string currency)
    {
        if (cents == 0)
        {
            return "Free";
        }
        var amount = (cents / 100m).ToString("#,0.00", CultureInfo.InvariantCulture);
        return currency switch
        {
            "GBP" => $"£{amount}",
            "USD" => $"${amount}",
            "EUR" => $"€{amount}",
            _ => $"{amount} {currency}",
        };
    }

    public static string CancellationPolicy(int hours) => hours switch
    {
        0 => "Cancel or reschedule free of charge at any time before your appointment.",
        _ when hours >= 48 && hours % 24 == 0 => $"Cancel or reschedule free of charge up to {hours / 24} days before your appointment; later cancellations may be charged.",
        1 => "Cancel or reschedule free of charge up to 1 hour before your appointment; later cancellations may be charged.",
        _ => $"Cancel or reschedule free of charge up to {hours} hours before your appointment; later cancellations may be charged.",
    };

    private static string Day(DateOnly? date) => date?.ToString("d MMMM yyyy", English) ?? "";
}
