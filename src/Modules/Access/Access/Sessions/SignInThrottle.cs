using Dapper;
using Npgsql;

namespace WellPath.Access.Sessions;

/// <summary>
/// Limits failed sign-ins per account and per address over a sliding window, in the database,
/// so the limit holds across host instances and restarts.
/// </summary>
internal sealed class SignInThrottle(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public const int MaxFailuresPerAccount = 5;
    public const int MaxFailuresPerAddress = 20;

    private const string CountSql = """
        select
            count(*) filter (where email_key = @EmailKey) as account_failures,
            count(*) filter (where address = @Address) as address_failures,
            min(failed_at) filter (where email_key = @EmailKey) as oldest_account_failure,
            min(failed_at) filter (where address = @Address) as oldest_address_failure
        from access.sign_in_failures
        where failed_at > @Since and (email_key = @EmailKey or address = @Address)
        """;

    private const string RecordSql = """
        insert into access.sign_in_failures (email_key, address, failed_at) values (@EmailKey, @Address, @Now)
        """;

    private const string ClearSql = "delete from access.sign_in_failures where email_key = @EmailKey";

    /// <summary>How long until another attempt is allowed, or null when one is allowed now.</summary>
    public async Task<TimeSpan?> RetryAfterAsync(string email, string address, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var counts = await connection.QuerySingleAsync<Counts>(new CommandDefinition(
            CountSql, new { EmailKey = Key(email), Address = address, Since = now - Window }, cancellationToken: cancellationToken));
        DateTime? oldest = counts.AccountFailures >= MaxFailuresPerAccount ? counts.OldestAccountFailure
            : counts.AddressFailures >= MaxFailuresPerAddress ? counts.OldestAddressFailure
            : null;
        return oldest is { } first ? new DateTimeOffset(first, TimeSpan.Zero) + Window - now : null;
    }

    public async Task RecordFailureAsync(string email, string address, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            RecordSql, new { EmailKey = Key(email), Address = address, Now = clock.GetUtcNow() }, cancellationToken: cancellationToken));
    }

    public async Task ClearAsync(string email, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(ClearSql, new { EmailKey = Key(email) }, cancellationToken: cancellationToken));
    }

    private static string Key(string email) => email.Trim().ToLowerInvariant();

    private sealed record Counts(long AccountFailures, long AddressFailures, DateTime? OldestAccountFailure, DateTime? OldestAddressFailure);
}
