using Microsoft.Extensions.Configuration;
using MimeKit;

namespace WellPath.SharedKernel.Mail;

/// <summary>Where mail goes and whom it comes from, read once at start-up so a bad setting stops the host.</summary>
internal sealed record MailSettings(SmtpUrl Server, string FromName, string FromAddress)
{
    public const string DefaultSmtpUrl = "smtp://127.0.0.1:2525";
    public const string DefaultFrom = "WellPath <no-reply@wellpath.local>";

    public static MailSettings From(IConfiguration configuration)
    {
        var server = SmtpUrl.Parse(configuration["WELLPATH_SMTP_URL"] is { Length: > 0 } url ? url : DefaultSmtpUrl);
        var fromValue = configuration["WELLPATH_MAIL_FROM"] is { Length: > 0 } f ? f : DefaultFrom;
        if (!MailboxAddress.TryParse(fromValue, out var from) || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            throw new FormatException("WELLPATH_MAIL_FROM must be a mail address, e.g. \"WellPath <no-reply@clinic.example>\".");
        }
        return new MailSettings(server, from.Name ?? "", from.Address);
    }
}
