using WellPath.Access.Contracts;

namespace WellPath.Appointments.DemoData;

/// <summary>The demo's customers: the first one is the customer login (a mailed sign-in link), the others fill the day lists.</summary>
internal static class DemoCustomers
{
    public const string LoginEmail = "customer@wellpath.demo";

    public static readonly IReadOnlyList<CustomerDetails> All =
    [
        new("Jamie Carter", LoginEmail, "+44 7700 900101"),
        new("Eleanor Whitfield", "eleanor.whitfield@example.com", "+44 7700 900102"),
        new("Arjun Mehta", "arjun.mehta@example.com", "+44 7700 900103"),
        new("Bethan Pritchard", "bethan.pritchard@example.com", null),
        new("Tomasz Wiśniewski", "tomasz.wisniewski@example.com", "+44 7700 900105"),
        new("Fiona MacLeod", "fiona.macleod@example.com", "+44 7700 900106"),
        new("Kofi Boateng", "kofi.boateng@example.com", "+44 7700 900107"),
        new("Harriet Ashworth", "harriet.ashworth@example.com", null),
        new("Gareth Llewellyn", "gareth.llewellyn@example.com", "+44 7700 900109"),
        new("Mei Lin", "mei.lin@example.com", "+44 7700 900110"),
        new("Dolores Ramírez", "dolores.ramirez@example.com", "+1 718 555 0141"),
        new("Marcus Feldman", "marcus.feldman@example.com", "+1 718 555 0142"),
    ];
}
