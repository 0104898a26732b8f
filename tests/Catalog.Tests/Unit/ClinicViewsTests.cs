using WellPath.Catalog.ClinicPages;

namespace WellPath.Catalog.Tests.Unit;

public sealed class ClinicViewsTests
{
    [Theory]
    [InlineData(6500, "GBP", "£65.00")]
    [InlineData(123456, "USD", "$1,234.56")]
    [InlineData(990, "CHF", "9.90 CHF")]
    [InlineData(0, "GBP", "Free")]
    public void Prices_are_shown_with_their_currency(int cents, string currency, string shown) =>
        Assert.Equal(shown, ClinicViews.Price(cents, currency));

    [Theory]
    [InlineData(45, "45 minutes")]
    [InlineData(60, "1 hour")]
    [InlineData(90, "1 hour 30 minutes")]
    [InlineData(120, "2 hours")]
    public void Durations_read_naturally(int minutes, string shown) => Assert.Equal(shown, ClinicViews.Duration(minutes));

    [Theory]
    [InlineData(0, "at any time")]
    [InlineData(24, "up to 24 hours before")]
    [InlineData(72, "up to 3 days before")]
    public void The_cancellation_policy_follows_the_window(int hours, string expected) =>
        Assert.Contains(expected, ClinicViews.CancellationPolicy(hours));
}
