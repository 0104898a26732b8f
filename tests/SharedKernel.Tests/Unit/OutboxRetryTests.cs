using WellPath.SharedKernel.Outbox;

namespace WellPath.SharedKernel.Tests.Unit;

public sealed class OutboxRetryTests
{
    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(5, 32)]
    [InlineData(12, 3600)]
    [InlineData(50, 3600)]
    public void Retries_back_off_exponentially_up_to_an_hour(int attempts, int expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), OutboxDispatcher.RetryDelay(attempts));
    }
}
