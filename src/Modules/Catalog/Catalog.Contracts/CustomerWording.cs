using System.Globalization;

namespace WellPath.Catalog.Contracts;

/// <summary>How prices, durations and the cancellation policy read to customers, the same on every page that shows them.</summary>
public static class CustomerWording
{
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
}
