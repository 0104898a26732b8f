using Microsoft.Extensions.Configuration;
using WellPath.SharedKernel.Mail;

namespace WellPath.SharedKernel.Tests.Unit;

public sealed class MailRequestTests
{
    private static readonly MailRequest Valid = new("ada@patients.test", "Ada Lovelace", "Your booking", "See you on Monday.");

    private static readonly string LongestAddress = $"{new string('a', 64)}@{new string('d', 60)}.{new string('d', 60)}.{new string('d', 62)}.test";

    private static readonly Dictionary<string, (string Field, MailRequest Mail)> InvalidCases = new()
    {
        ["not an address"] = ("ToAddress", Valid with { ToAddress = "not an address" }),
        ["address with a display name"] = ("ToAddress", Valid with { ToAddress = "Ada <ada@patients.test>" }),
        ["address of 255 characters"] = ("ToAddress", Valid with { ToAddress = "a" + LongestAddress }),
        ["name of 201 characters"] = ("ToName", Valid with { ToName = new string('n', 201) }),
        ["name with a line break"] = ("ToName", Valid with { ToName = "Ada\r\nBcc: everyone@example.com" }),
        ["blank subject"] = ("Subject", Valid with { Subject = " " }),
        ["subject of 201 characters"] = ("Subject", Valid with { Subject = new string('s', 201) }),
        ["subject with a line break"] = ("Subject", Valid with { Subject = "Hello\nBcc: everyone@example.com" }),
        ["empty text body"] = ("TextBody", Valid with { TextBody = "" }),
        ["text body over 64 KiB in UTF-8"] = ("TextBody", Valid with { TextBody = new string('é', (MailRequest.MaxBodyBytes / 2) + 1) }),
        ["HTML body over 64 KiB"] = ("HtmlBody", Valid with { HtmlBody = new string('h', MailRequest.MaxBodyBytes + 1) }),
    };

    [Fact]
    public void A_mail_within_the_limits_is_valid()
    {
        Valid.Validate();
        (Valid with { ToName = null, HtmlBody = new string('h', MailRequest.MaxBodyBytes), TextBody = new string('t', MailRequest.MaxBodyBytes) }).Validate();
        (Valid with { ToAddress = LongestAddress, Subject = new string('s', 200) }).Validate();
        Assert.Equal(MailRequest.MaxAddressLength, LongestAddress.Length);
    }

    public static TheoryData<string> Invalid => new(InvalidCases.Keys);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void A_mail_out_of_bounds_is_refused_naming_the_field(string @case)
    {
        var (field, mail) = InvalidCases[@case];

        var error = Assert.Throws<ArgumentException>(mail.Validate);

        Assert.Equal(field, error.ParamName);
    }

    [Fact]
    public void The_sender_defaults_to_WellPath_no_reply_and_can_be_configured()
    {
        var defaults = MailSettings.From(new ConfigurationBuilder().Build());
        var configured = MailSettings.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WELLPATH_SMTP_URL"] = "smtps://mail.clinic.example",
            ["WELLPATH_MAIL_FROM"] = "Clinic Bookings <bookings@clinic.example>",
        }).Build());

        Assert.Equal(("WellPath", "no-reply@wellpath.local", "smtp://127.0.0.1:2525"), (defaults.FromName, defaults.FromAddress, defaults.Server.ToString()));
        Assert.Equal(("Clinic Bookings", "bookings@clinic.example", "smtps://mail.clinic.example:465"), (configured.FromName, configured.FromAddress, configured.Server.ToString()));
    }

    [Fact]
    public void A_sender_that_is_not_an_address_stops_start_up()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["WELLPATH_MAIL_FROM"] = "WellPath" }).Build();

        Assert.Throws<FormatException>(() => MailSettings.From(configuration));
    }
}
