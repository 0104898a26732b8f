using WellPath.Catalog.Shared;

namespace WellPath.Catalog.Tests.Unit;

public sealed class OpeningHoursTests
{
    private static Dictionary<string, List<List<string?>?>?> Hours(string day, params string[][] intervals) =>
        new() { [day] = intervals.Select(i => (List<string?>?)i.Cast<string?>().ToList()).ToList() };

    [Fact]
    public void Touching_intervals_do_not_overlap()
    {
        Assert.Empty(OpeningHours.Problems(Hours("monday", ["08:00", "12:00"], ["12:00", "18:00"])));
    }

    [Fact]
    public void Overlap_is_found_whatever_order_the_intervals_come_in()
    {
        var problems = OpeningHours.Problems(Hours("friday", ["13:00", "18:00"], ["08:00", "13:30"])).ToList();

        Assert.Equal([("openingHours.friday", "The intervals of a day overlap.")], problems);
    }

    [Fact]
    public void Rows_and_the_api_shape_round_trip_monday_first()
    {
        var hours = new Dictionary<string, List<List<string?>?>?>
        {
            ["sunday"] = [["10:00", "14:00"]],
            ["monday"] = [["13:00", "18:00"], ["08:00", "12:00"]],
        };

        var rows = OpeningHours.Rows(hours);
        var api = OpeningHours.ToApi(rows);

        Assert.Equal(0, rows[0].Weekday);
        Assert.Equal(["monday", "sunday"], api.Keys);
        Assert.Equal([["08:00", "12:00"], ["13:00", "18:00"]], api["monday"]);
    }

    [Theory]
    [InlineData("Europe/London", true)]
    [InlineData("America/New_York", true)]
    [InlineData("europe/london", false)]
    [InlineData("GMT Standard Time", false)]
    [InlineData("", false)]
    public void Time_zones_are_iana_ids(string id, bool known)
    {
        Assert.Equal(known, TimeZones.IsKnown(id));
    }
}
