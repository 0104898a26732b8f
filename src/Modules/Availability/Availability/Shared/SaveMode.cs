using System.Security.Cryptography;
using System.Text;

namespace WellPath.Availability.Shared;

/// <summary>
/// What a schedule change does when it would leave appointments outside working time. The API saves and reports
/// them (its contract answers 200/201 for a valid change); a page asks first and saves once the same list was confirmed.
/// </summary>
internal abstract record SaveMode
{
    public static readonly SaveMode Report = new ReportConflicts();

    /// <summary><paramref name="Confirmed"/> is the <see cref="Fingerprint"/> of the list the user saw and accepted, if any.</summary>
    public static SaveMode AskFirst(string? Confirmed) => new AskBeforeSaving(Confirmed);

    /// <summary>True when the change must not be saved yet: it has conflicts the user has not confirmed, exactly these.</summary>
    public bool MustAsk(IReadOnlyList<AppointmentConflict> conflicts) =>
        this is AskBeforeSaving ask && conflicts.Count > 0 && !string.Equals(ask.Confirmed, Fingerprint(conflicts), StringComparison.Ordinal);

    /// <summary>
    /// Names the list of conflicting appointments, so "Save anyway" confirms the list that was shown: a different
    /// change, or an appointment booked in the meantime, asks again.
    /// </summary>
    public static string Fingerprint(IReadOnlyList<AppointmentConflict> conflicts)
    {
        var ids = string.Join(",", conflicts.Select(c => c.Id.ToString()).Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ids)));
    }

    private sealed record ReportConflicts : SaveMode;

    private sealed record AskBeforeSaving(string? Confirmed) : SaveMode;
}
