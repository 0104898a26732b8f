using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace WellPath.Appointments.ManageBooking;

/// <summary>
/// The customer's link to a booking, without an account: the appointment id sealed with Data Protection (encrypted and
/// authenticated, keys shared by every host through PostgreSQL), so it cannot be guessed, read or altered. The purpose
/// string must never change: mailed links carry tokens made with it.
/// </summary>
internal static class ManageLinks
{
    private const string Purpose = "WellPath.Appointments.ManageLink.v1";

    /// <summary>
    /// How long after its appointment ended a link still opens it. A mailed link should not work forever (mail is
    /// forwarded and kept); a signed-in customer finds older bookings under My bookings. Counted from the current
    /// booking, so a reschedule keeps the first link alive.
    /// </summary>
    public static readonly TimeSpan LastsAfterTheEnd = TimeSpan.FromDays(30);

    /// <summary>Whether a link still opens a booking whose appointment ends at <paramref name="endAtUtc"/>.</summary>
    public static bool Opens(DateTime endAtUtc, DateTimeOffset now) => new DateTimeOffset(endAtUtc, TimeSpan.Zero) + LastsAfterTheEnd >= now;

    /// <summary>A sealed id is about 115 characters; anything much longer is not one of ours.</summary>
    private const int MaxTokenLength = 300;

    public static string TokenFor(IDataProtectionProvider protection, Guid appointmentId) =>
        WebEncoders.Base64UrlEncode(protection.CreateProtector(Purpose).Protect(appointmentId.ToByteArray()));

    public static Guid? Read(IDataProtectionProvider protection, string? token)
    {
        if (token is null || token.Length > MaxTokenLength || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }
        try
        {
            var id = protection.CreateProtector(Purpose).Unprotect(WebEncoders.Base64UrlDecode(token));
            return id.Length == 16 ? new Guid(id) : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }

    public static string ManagePath(string token) => $"/bookings/manage/{token}";

    public static string CancelPath(string token) => $"/bookings/manage/{token}/cancel";

    public static string ConfirmedPath(string token) => $"/book/confirmed/{token}";

    public static string ReschedulePath(string token) => $"/bookings/manage/{token}/reschedule";
}
