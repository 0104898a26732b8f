using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WellPath.Access.Contracts;

namespace WellPath.Access.Tests.Integration;

[Collection(AccessHostCollection.Name)]
public sealed class CustomerDirectoryTests(AccessHost host)
{
    [Fact]
    public async Task One_email_is_one_customer_whatever_its_case()
    {
        var email = $"Grace-{Guid.NewGuid():N}@Patients.test";
        var first = await FindOrCreateAsync(new CustomerDetails("Grace Hopper", email, "+44 20 7946 0000"));
        var second = await FindOrCreateAsync(new CustomerDetails("G. Hopper", email.ToLowerInvariant(), null));

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Bookings_racing_for_one_new_email_make_one_customer_and_keep_the_first_details()
    {
        var email = $"ada-{Guid.NewGuid():N}@patients.test";

        var ids = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => FindOrCreateAsync(new CustomerDetails($"Ada {i}", email, null)))));

        Assert.Single(ids.Distinct());
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from access.customers where email_key = @email", new { email }));
        var (created, updated) = await connection.QuerySingleAsync<(DateTime, DateTime)>(
            "select created_at, updated_at from access.customers where email_key = @email", new { email });
        Assert.Equal(created, updated);
    }

    [Fact]
    public async Task Reading_a_customers_details_is_audited()
    {
        var id = await FindOrCreateAsync(new CustomerDetails("Alan Turing", $"alan-{Guid.NewGuid():N}@patients.test", null));

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var details = await scope.ServiceProvider.GetRequiredService<ICustomerDirectory>().FindAsync(id, CancellationToken.None);

        Assert.Equal("Alan Turing", details?.Name);
        await using var connection = await host.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "select count(*) from kernel.audit_events where action = 'customer.viewed' and record_id = @Id", new { Id = id.ToString() }));
    }

    private Task<Guid> FindOrCreateAsync(CustomerDetails details) => host.FindOrCreateCustomerAsync(details);
}
