using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WellPath.TestSupport;

namespace WellPath.Availability.Tests.Integration;

/// <summary>The real host on its own database; catalog data is made through the catalog API, as a clinic would.</summary>
public sealed class AvailabilityHost() : ModuleHost("availability", new Dictionary<string, string?>
{
    ["WELLPATH_JOBS"] = "false",
    ["WELLPATH_COOKIE_SECURE"] = "false",
})
{
    public async Task<Clinic> ClinicAsync(string timeZone = "Europe/London", int practitioners = 1, string visibility = "public", int duration = 30, string? serviceName = null) =>
        await ClinicBuilder.CreateAsync(Admin(), timeZone, practitioners, visibility, duration, serviceName);

    public Task ScheduleAsync(Clinic clinic, Guid practitionerId, params (string Weekday, string Start, string End)[] rules) =>
        ClinicBuilder.ScheduleAsync(Admin(), clinic, practitionerId, rules);

    public static Task<JsonElement> ReadAsync(HttpResponseMessage response) => ClinicBuilder.ReadAsync(response);
}

[CollectionDefinition(Name)]
public sealed class AvailabilityHostCollection : ICollectionFixture<AvailabilityHost>
{
    public const string Name = "availability host";
}
