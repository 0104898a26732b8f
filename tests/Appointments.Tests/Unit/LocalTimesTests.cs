using WellPath.Appointments.Shared;

namespace WellPath.Appointments.Tests.Unit;

public sealed class LocalTimesTests
{
    [Theory]
    [InlineData("2027-03-01", "09:15", "2027-03-01T09:15:00+00:00")]
    [InlineData("2027-07-01", "09:15", "2027-07-01T09:15:00+01:00")]
    // The clocks go back at 02:00 BST: 01:30 happens twice and is its earlier instant (scheduling rule 2).
    [InlineData("2027-10-31", "01:30", "2027-10-31T01:30:00+01:00")]
    public void A_typed_local_time_is_the_instant_it_names_at_the_clinic(string date, string time, string expected)
    {
        Assert.True(LocalTimes.TryInstant(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), time, "Europe/London", out var instant));
        Assert.Equal(expected, LocalTimes.Iso(instant));
    }

    [Theory]
    [InlineData("2027-03-28", "01:30")] // skipped: the clocks go forward at 01:00 GMT
    [InlineData("2027-03-01", "24:00")]
    [InlineData("2027-03-01", "9:15")]
    [InlineData("2027-03-01", "")]
    public void A_time_that_does_not_exist_or_is_not_HH_mm_is_refused(string date, string time)
    {
        Assert.False(LocalTimes.TryInstant(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), time, "Europe/London", out _));
    }

    [Fact]
    public void Customers_and_the_desk_read_the_same_words()
    {
        var local = LocalTimes.InZone(new DateTime(2027, 3, 1, 14, 5, 0, DateTimeKind.Utc), "America/New_York");

        Assert.Equal("Monday 1 March 2027", LocalTimes.Day(local));
        Assert.Equal("Mon 1 Mar", LocalTimes.ShortDay(local));
        Assert.Equal("Mon 1 Mar, 09:05", LocalTimes.Short(local));
        Assert.Equal("09:05–09:35", LocalTimes.Hours(local, local.AddMinutes(30)));
        Assert.Equal("2027-03-01T09:05:00-05:00", LocalTimes.Iso(local));
        Assert.Equal("Mon 1", LocalTimes.StripDay(LocalTimes.DateOf(local)));
    }
}
