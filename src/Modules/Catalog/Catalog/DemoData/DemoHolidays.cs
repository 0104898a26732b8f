namespace WellPath.Catalog.DemoData;

/// <summary>Bank holidays of 2026-27 in England and Wales and in New York, and a training afternoon.</summary>
internal static class DemoHolidays
{
    private static readonly DemoHoliday[] Britain =
    [
        new(new DateOnly(2026, 12, 25), "Christmas Day"),
        new(new DateOnly(2026, 12, 28), "Boxing Day (substitute day)"),
        new(new DateOnly(2027, 1, 1), "New Year's Day"),
        new(new DateOnly(2027, 3, 26), "Good Friday"),
        new(new DateOnly(2027, 3, 29), "Easter Monday"),
        new(new DateOnly(2027, 5, 3), "Early May bank holiday"),
        new(new DateOnly(2027, 5, 31), "Spring bank holiday"),
        new(new DateOnly(2027, 8, 30), "Summer bank holiday"),
    ];

    private static readonly DemoHoliday[] NewYork =
    [
        new(new DateOnly(2026, 11, 26), "Thanksgiving"),
        new(new DateOnly(2026, 12, 25), "Christmas Day"),
        new(new DateOnly(2027, 1, 1), "New Year's Day"),
        new(new DateOnly(2027, 5, 31), "Memorial Day"),
        new(new DateOnly(2027, 7, 5), "Independence Day (observed)"),
        new(new DateOnly(2027, 9, 6), "Labor Day"),
    ];

    private static readonly DemoHoliday Training = new(new DateOnly(2027, 2, 10), "Staff training", new TimeOnly(12, 0), new TimeOnly(14, 0));

    public static IEnumerable<DemoHoliday> For(int clinic) => clinic switch
    {
        DemoClinics.NewYork => NewYork,
        1 => Britain.Append(Training),
        _ => Britain,
    };
}

internal sealed record DemoHoliday(DateOnly Date, string Reason, TimeOnly? Start = null, TimeOnly? End = null);
