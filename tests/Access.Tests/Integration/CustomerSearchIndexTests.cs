using Dapper;
using WellPath.Access.Customers;

namespace WellPath.Access.Tests.Integration;

/// <summary>The customer search stays indexed: each arm of its OR can be answered by its trigram index (access
/// migration 0003), so a change to the query's expressions that the indexes no longer match fails here.</summary>
[Collection(AccessHostCollection.Name)]
public sealed class CustomerSearchIndexTests(AccessHost host)
{
    private static readonly string[] TrigramIndexes = ["customers_name_trgm_idx", "customers_email_trgm_idx", "customers_phone_digits_trgm_idx"];

    [Fact]
    public async Task The_customers_have_a_trigram_index_per_searched_column()
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();

        var indexes = (await connection.QueryAsync<string>(
            "select indexname from pg_indexes where schemaname = 'access' and tablename = 'customers' and indexdef like '%USING gin%gin_trgm_ops%'")).ToList();

        Assert.Equal(TrigramIndexes.Order(), indexes.Order());
    }

    [Theory]
    [InlineData(@"%Ann\_Marie%", "", 2)]
    [InlineData("%0207 946 0000%", "02079460000", 3)]
    public async Task Each_arm_of_the_search_is_answered_by_its_index_not_by_reading_every_customer(string pattern, string digits, int arms)
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // The test database holds few customers, where a full scan is cheapest: forbid it to see what the indexes serve.
        await connection.ExecuteAsync("set local enable_seqscan = off", transaction: transaction);

        var plan = string.Join('\n', await connection.QueryAsync<string>(
            $"explain {CustomerDirectory.SearchSql}", new { Pattern = pattern, Digits = digits, Limit = 10 }, transaction));

        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
        Assert.All(TrigramIndexes[..arms], index => Assert.Contains($"Bitmap Index Scan on {index}", plan, StringComparison.Ordinal));
    }
}
