using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WellPath.Access.Contracts;
using WellPath.SharedKernel.Auth;

namespace WellPath.Access.Tests.Integration;

[Collection(AccessHostCollection.Name)]
public sealed class CustomerSearchTests(AccessHost host)
{
    private static CallerScope Caller(string role) => new(role, Guid.NewGuid().ToString(), [Guid.NewGuid()], null, null);

    private async Task<IReadOnlyList<CustomerMatch>> SearchAsync(string query, CallerScope caller)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICustomerDirectory>().SearchAsync(query, caller, CancellationToken.None);
    }

    [Fact]
    public async Task Only_the_front_desk_roles_get_answers_whatever_the_caller_passes()
    {
        var name = $"Lise Meitner {Guid.NewGuid():N}";
        await host.CreateCustomerAsync(name, $"lise-{Guid.NewGuid():N}@patients.test");

        foreach (var role in new[] { "admin", "operations", "clinic_manager", "reception" })
        {
            Assert.Equal(name, Assert.Single(await SearchAsync(name[13..], Caller(role))).Name);
        }
        Assert.Empty(await SearchAsync(name[13..], Caller("practitioner")));
        Assert.Empty(await SearchAsync(name[13..], Caller("customer")));
        Assert.Empty(await SearchAsync(name[13..], CallerScope.Anonymous));
    }

    [Fact]
    public async Task Each_customer_found_is_audited_with_the_searcher_and_the_query_and_a_batch_read_audits_each_one()
    {
        var tag = Guid.NewGuid().ToString("N")[..12];
        await host.CreateCustomerAsync($"Marie {tag} Curie", $"marie-{tag}@patients.test");
        await host.CreateCustomerAsync($"Pierre {tag} Curie", $"pierre-{tag}@patients.test");
        await host.CreateCustomerAsync("Someone Else", $"else-{Guid.NewGuid():N}@patients.test");

        var found = await SearchAsync(tag, Caller("reception"));
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var read = await scope.ServiceProvider.GetRequiredService<ICustomerDirectory>().FindManyAsync(found.Select(f => f.Id).Append(Guid.NewGuid()).ToList(), CancellationToken.None);

        Assert.Equal([$"Marie {tag} Curie", $"Pierre {tag} Curie"], found.Select(f => f.Name).ToList());
        Assert.Equal(2, read.Count);
        await using var connection = await host.DataSource.OpenConnectionAsync();
        var ids = found.Select(f => f.Id.ToString()).ToArray();
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>(
            "select count(*) from kernel.audit_events where action = 'customer.searched' and record_id = any(@ids) and changes->>'query' = @tag", new { ids, tag }));
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>(
            "select count(*) from kernel.audit_events where action = 'customer.viewed' and record_id = any(@ids)", new { ids }));
    }

    [Fact]
    public async Task Name_email_and_phone_digits_are_found_with_percent_and_underscore_taken_literally()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var digits = $"9{Random.Shared.Next(100_000_000, 999_999_999)}";
        foreach (var (name, email, phone) in new (string, string, string?)[]
        {
            ($"Ann_Marie {tag}", $"ann-{tag}@patients.test", null), ($"AnnxMarie {tag}", $"annx-{tag}@patients.test", null),
            ($"Full 100% {tag}", $"full-{tag}@patients.test", null), ($"Full 1000 {tag}", $"full0-{tag}@patients.test", null),
            ($"Underscore {tag}", $"first_last.{tag}@patients.test", null), ($"Letter {tag}", $"firstxlast.{tag}@patients.test", null),
            ($"Phone {tag}", $"phone-{tag}@patients.test", $"+44 ({digits[..4]}) {digits[4..7]}-{digits[7..]}"),
        })
        {
            await host.FindOrCreateCustomerAsync(new CustomerDetails(name, email, phone));
        }

        async Task<List<string>> NamesFoundAsync(string query) => (await SearchAsync(query, Caller("reception"))).Select(m => m.Name).ToList();

        Assert.Equal([$"Ann_Marie {tag}"], await NamesFoundAsync($"N_MARIE {tag}"));
        Assert.Equal([$"Full 100% {tag}"], await NamesFoundAsync($"100% {tag}"));
        Assert.Equal([$"Underscore {tag}"], await NamesFoundAsync($"t_last.{tag}"));
        Assert.Equal([$"Phone {tag}"], await NamesFoundAsync($"{digits[..3]} {digits[3..6]} {digits[6..]}"));
        Assert.Empty(await NamesFoundAsync($"%_{tag}"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(101)]
    public async Task A_query_under_three_characters_or_over_a_hundred_answers_nothing(int length)
    {
        await host.CreateCustomerAsync(new string('q', 120), $"q-{Guid.NewGuid():N}@patients.test");

        Assert.Empty(await SearchAsync(new string('q', length), Caller("reception")));
        Assert.NotEmpty(await SearchAsync(new string('q', 3), Caller("reception")));
    }
}
