using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WellPath.Access.Contracts;
using WellPath.Access.Sessions;
using WellPath.TestSupport;
using WellPath.SharedKernel.Data;

namespace WellPath.Access.Tests.Integration;

/// <summary>The real host on its own database, with helpers to make staff of any role and their tokens.</summary>
public sealed class AccessHost : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = default!;

    public WellPathFactory Factory { get; private set; } = default!;

    public SmtpInbox Inbox { get; private set; } = default!;

    public NpgsqlDataSource DataSource => Factory.Services.GetRequiredService<NpgsqlDataSource>();

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("access");
        Inbox = await SmtpInbox.StartAsync();
        Factory = new WellPathFactory(Database.ConnectionString, new Dictionary<string, string?>
        {
            ["WELLPATH_SMTP_URL"] = Inbox.Url,
            ["WELLPATH_NODE_ID"] = "access-tests",
            ["WELLPATH_COOKIE_SECURE"] = "false",
            ["WELLPATH_MAILED_LINK_LIMIT"] = "10000",
            ["WELLPATH_SIGN_IN_LIMIT"] = "10000",
        });
        _ = Factory.Server;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Inbox.DisposeAsync();
        await Database.DisposeAsync();
    }

    public HttpClient Admin() => Factory.CreateAdminClient();

    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public HttpClient WithToken(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<StaffMember> CreateStaffAsync(string role, Guid[]? locationIds = null, string? email = null)
    {
        var body = new
        {
            email = email ?? $"{role}-{Guid.NewGuid():N}@clinic.test",
            name = $"Test {role}",
            role,
            locationIds = locationIds ?? [Guid.NewGuid()],
            practitionerId = role == "practitioner" ? Guid.NewGuid() : (Guid?)null,
        };
        var response = await Admin().PostAsJsonAsync("/api/v1/staff", body);
        response.EnsureSuccessStatusCode();
        var created = (await response.Content.ReadFromJsonAsync<StaffMember>())!;
        return created;
    }

    public async Task<string> CreateTokenAsync(Guid staffId)
    {
        var response = await Admin().PostAsJsonAsync("/api/v1/tokens", new { name = "test", staffId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenCreated>())!.Token;
    }

    public Task CreateCustomerAsync(string name, string email) => FindOrCreateCustomerAsync(new CustomerDetails(name, email, null));

    /// <summary>The customer's find-or-create as a booking runs it: a part of a batch.</summary>
    public async Task<Guid> FindOrCreateCustomerAsync(CustomerDetails details)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var batch = new QueryBatch();
        var id = scope.ServiceProvider.GetRequiredService<ICustomerDirectory>().AddFindOrCreateTo(batch, details);
        await batch.ExecuteAsync(DataSource, CancellationToken.None);
        return id.Value;
    }

    /// <summary>A browser signed in as a new customer, through the mailed link like a real one.</summary>
    public async Task<HttpClient> SignedInCustomerAsync()
    {
        var email = $"customer-{Guid.NewGuid():N}@patients.test";
        await CreateCustomerAsync("Test Customer", email);
        var browser = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await SignInForms.PostFormAsync(browser, "/account/customer-link", new() { ["Email"] = email });
        var mail = await Inbox.WaitForAsync(m => m.EnvelopeTo.Contains(email), TimeSpan.FromSeconds(20));
        var path = SignInForms.LinkIn(mail.Message.TextBody, "/account/customer-link/");
        var signIn = await SignInForms.PostFormAsync(browser, path, [], tokenFrom: path);
        return signIn.StatusCode == System.Net.HttpStatusCode.Redirect ? browser : throw new InvalidOperationException($"Customer sign-in failed: {signIn.StatusCode}");
    }

    /// <summary>Arranges a password the way the set-password link would, so sign-in can be tested on its own.</summary>
    public async Task SetPasswordAsync(Guid staffId, string password)
    {
        var hash = Factory.Services.GetRequiredService<PasswordHashing>().Hash(password);
        await using var connection = await DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("update access.staff set password_hash = @hash where id = @staffId", new { hash, staffId });
    }

    public sealed record StaffMember(Guid Id, string Email, string Name, string Role, Guid[] LocationIds, Guid? PractitionerId, bool Active);

    public sealed record TokenCreated(Guid Id, string Token, string Name, Guid StaffId);
}

[CollectionDefinition(Name)]
public sealed class AccessHostCollection : ICollectionFixture<AccessHost>
{
    public const string Name = "access host";
}
