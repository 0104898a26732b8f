using WellPath.SharedKernel.Mail;

namespace WellPath.SharedKernel.Tests.Unit;

public sealed class SmtpUrlTests
{
    [Fact]
    public void An_smtp_url_gives_host_port_and_no_credentials()
    {
        var url = SmtpUrl.Parse("smtp://127.0.0.1:2525");

        Assert.Equal(new SmtpUrl("127.0.0.1", 2525, ImplicitTls: false, UserName: null, Password: null), url);
    }

    [Fact]
    public void Credentials_are_percent_decoded()
    {
        var url = SmtpUrl.Parse("smtp://mailer%40clinic.example:p%40ss%3Aw%2Frd@mail.clinic.example:587");

        Assert.Equal("mail.clinic.example", url.Host);
        Assert.Equal(587, url.Port);
        Assert.Equal("mailer@clinic.example", url.UserName);
        Assert.Equal("p@ss:w/rd", url.Password);
        Assert.False(url.ImplicitTls);
    }

    [Theory]
    [InlineData("smtp://mail.example", 25, false)]
    [InlineData("smtps://mail.example", 465, true)]
    [InlineData("SMTPS://mail.example:2465", 2465, true)]
    public void The_scheme_chooses_implicit_tls_and_the_default_port(string value, int port, bool implicitTls)
    {
        var url = SmtpUrl.Parse(value);

        Assert.Equal(port, url.Port);
        Assert.Equal(implicitTls, url.ImplicitTls);
    }

    [Fact]
    public void An_ipv6_host_loses_its_brackets()
    {
        Assert.Equal("::1", SmtpUrl.Parse("smtp://[::1]:2525").Host);
    }

    [Theory]
    [InlineData("http://mailer:secret@mail.example:25")]
    [InlineData("mail.example:25")]
    [InlineData("smtp://mailer:secret@mail.example:25/path")]
    [InlineData("smtp://mailer:secret@mail.example:25?tls=no")]
    [InlineData("not a url, secret")]
    [InlineData("")]
    public void A_malformed_url_is_refused_without_repeating_the_password(string value)
    {
        var error = Assert.Throws<FormatException>(() => SmtpUrl.Parse(value));

        Assert.Contains("WELLPATH_SMTP_URL", error.Message);
        Assert.DoesNotContain("secret", error.Message);
    }

    [Fact]
    public void The_text_form_shows_the_user_but_never_the_password()
    {
        var url = SmtpUrl.Parse("smtps://mailer:hunter2@mail.example:465");

        Assert.Equal("smtps://mailer@mail.example:465", url.ToString());
        Assert.DoesNotContain("hunter2", new MailSettings(url, "WellPath", "no-reply@wellpath.local").ToString());
    }
}
