using WellPath.TestSupport;

namespace WellPath.Appointments.Tests.Integration;

public sealed class AppointmentsHost() : ModuleHost("appointments", new Dictionary<string, string?>
{
    ["WELLPATH_JOBS"] = "false",
    // The storms send many bookings from one test address; the limit itself has its own test.
    ["WELLPATH_BOOKING_LIMIT"] = "100000",
    // Customers sign in through the mailed link, over plain HTTP.
    ["WELLPATH_COOKIE_SECURE"] = "false",
    ["WELLPATH_MAILED_LINK_LIMIT"] = "10000",
    // The reception screens' tests sign in many staff from one test address; the limit is tested in Access.Tests.
    ["WELLPATH_SIGN_IN_LIMIT"] = "10000",
})
{
    /// <summary>A browser signed in as the customer with this email (who must exist, e.g. by having booked).</summary>
    public Task<HttpClient> CustomerAsync(string email) => CustomerSignIn.SignInAsync(Factory, email);
}

[CollectionDefinition(Name)]
public sealed class AppointmentsHostCollection : ICollectionFixture<AppointmentsHost>
{
    public const string Name = "appointments host";
}
