using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace WellPath.SharedKernel.Tests.Integration;

[Collection(KernelHostCollection.Name)]
public sealed class DataProtectionTests(KernelHost host)
{
    private const string Purpose = "WellPath.Tests.Session";

    [Fact]
    public async Task A_payload_protected_by_one_host_instance_is_read_by_another_on_the_same_database()
    {
        var settings = new Dictionary<string, string?> { ["WELLPATH_JOBS"] = "false" };
        await using var first = host.CreateFactory(settings);
        await using var second = host.CreateFactory(settings);

        var token = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("session of ada");
        var read = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(token);

        Assert.Equal("session of ada", read);
        await using var connection = await host.DataSource.OpenConnectionAsync();
        var keys = (await connection.QueryAsync<(string FriendlyName, string Xml)>(
            "select friendly_name, xml from kernel.data_protection_keys")).ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.StartsWith("<key id=", k.Xml));
        Assert.Contains(keys, k => k.FriendlyName.StartsWith("key-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_payload_protected_before_a_restart_is_read_after_it()
    {
        var settings = new Dictionary<string, string?> { ["WELLPATH_JOBS"] = "false" };
        string token;
        await using (var before = host.CreateFactory(settings))
        {
            token = before.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("still signed in");
        }

        await using var after = host.CreateFactory(settings);
        var read = after.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(token);

        Assert.Equal("still signed in", read);
    }

    [Fact]
    public void A_different_purpose_cannot_read_the_payload()
    {
        var provider = host.Factory.Services.GetRequiredService<IDataProtectionProvider>();
        var token = provider.CreateProtector(Purpose).Protect("session of ada");

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => provider.CreateProtector("WellPath.Tests.Other").Unprotect(token));
    }
}
