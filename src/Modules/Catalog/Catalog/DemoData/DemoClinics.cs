namespace WellPath.Catalog.DemoData;

/// <summary>The WellPath group: six clinics in Britain and one in New York, so time zones are real.</summary>
internal static class DemoClinics
{
    public static readonly IReadOnlyList<DemoClinic> All =
    [
        new("Bristol Harbourside", "Europe/London", "14 Narrow Quay, Bristol BS1 4QA", "+44 117 496 0101", Hours.Long, true, "bristol"),
        new("Bath Spa", "Europe/London", "3 Milsom Street, Bath BA1 1BZ", "+44 1225 496 020", Hours.WithLunch, true, "bath"),
        new("Cardiff Bay", "Europe/London", "8 Mermaid Quay, Cardiff CF10 5BZ", "+44 29 2049 6030", Hours.Standard, true, "cardiff"),
        new("Manchester Northern Quarter", "Europe/London", "52 Oldham Street, Manchester M4 1LE", "+44 161 496 0404", Hours.Long, true, "manchester"),
        new("Leeds Riverside", "Europe/London", "2 Brewery Wharf, Leeds LS10 1JR", "+44 113 496 0505", Hours.Standard, false, "leeds"),
        new("London King's Cross", "Europe/London", "9 Granary Square, London N1C 4AA", "+44 20 7946 0606", Hours.SevenDays, true, "london"),
        new("Brooklyn Heights", "America/New_York", "120 Montague Street, Brooklyn, NY 11201", "+1 718 555 0107", Hours.NewYork, true, "brooklyn"),
    ];

    public const int NewYork = 7;

    private static class Hours
    {
        private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"];

        public static readonly Dictionary<string, List<List<string?>?>?> Standard = Week([["08:00", "18:00"]], [["09:00", "13:00"]]);

        public static readonly Dictionary<string, List<List<string?>?>?> Long = Week([["07:30", "20:00"]], [["09:00", "16:00"]]);

        public static readonly Dictionary<string, List<List<string?>?>?> WithLunch = Week([["08:30", "12:30"], ["13:30", "18:00"]], [["09:00", "12:00"]]);

        public static readonly Dictionary<string, List<List<string?>?>?> SevenDays = new(Week([["07:00", "21:00"]], [["08:00", "18:00"]])) { ["sunday"] = Intervals([["10:00", "16:00"]]) };

        public static readonly Dictionary<string, List<List<string?>?>?> NewYork = Week([["07:00", "19:00"]], [["09:00", "14:00"]]);

        private static Dictionary<string, List<List<string?>?>?> Week(string[][] weekday, string[][] saturday) =>
            new(Weekdays.Select(d => KeyValuePair.Create(d, Intervals(weekday))).Append(KeyValuePair.Create("saturday", Intervals(saturday))));

        /// <summary>The shape of the API body, so demo hours go through the same parser as a request's.</summary>
        private static List<List<string?>?>? Intervals(string[][] intervals) => [.. intervals.Select(i => (List<string?>?)[.. i])];
    }
}

internal sealed record DemoClinic(string Name, string TimeZone, string Address, string Phone, IReadOnlyDictionary<string, List<List<string?>?>?> Hours, bool Live, string Slug);
