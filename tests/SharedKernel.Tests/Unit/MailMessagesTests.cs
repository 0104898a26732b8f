using MimeKit;
using WellPath.SharedKernel.Mail;

namespace WellPath.SharedKernel.Tests.Unit;

public sealed class MailMessagesTests
{
    private static readonly MailSettings Settings = new(SmtpUrl.Parse("smtp://127.0.0.1:2525"), "WellPath", "no-reply@clinic.example");
    private static readonly Guid OutboxId = Guid.Parse("0197a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    private static readonly DateTimeOffset OccurredAt = new(2025, 3, 4, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void The_message_id_and_date_come_from_the_outbox_message_so_a_resend_is_the_same_message()
    {
        var mail = new MailRequest("ada@patients.test", "Ada", "Your booking", "Text");

        var first = MailMessages.Create(mail, Settings, OutboxId, OccurredAt);
        var again = MailMessages.Create(mail, Settings, OutboxId, OccurredAt);

        Assert.Equal("0197a1b2c3d47e5f8a9b0c1d2e3f4a5b@clinic.example", first.MessageId);
        Assert.Equal(first.MessageId, again.MessageId);
        Assert.Equal(OccurredAt, first.Date);
    }

    [Fact]
    public void A_text_only_mail_is_plain_text_and_an_html_one_is_multipart_alternative()
    {
        var text = MailMessages.Create(new MailRequest("ada@patients.test", null, "S", "Text"), Settings, OutboxId, OccurredAt);
        var html = MailMessages.Create(new MailRequest("ada@patients.test", null, "S", "Text", "<p>Html</p>"), Settings, OutboxId, OccurredAt);

        Assert.Equal("text/plain", text.Body?.ContentType.MimeType);
        Assert.Equal("multipart/alternative", html.Body?.ContentType.MimeType);
        Assert.Equal("<p>Html</p>", html.HtmlBody);
        Assert.Equal("Text", html.TextBody);
    }

    [Fact]
    public void Sender_and_recipient_are_mailboxes_with_their_names()
    {
        var message = MailMessages.Create(new MailRequest("ada@patients.test", "Ada Lovelace", "S", "Text"), Settings, OutboxId, OccurredAt);

        Assert.Equal("\"WellPath\" <no-reply@clinic.example>", message.From.ToString());
        Assert.Equal("\"Ada Lovelace\" <ada@patients.test>", message.To.ToString());
        Assert.IsType<MailboxAddress>(Assert.Single(message.To));
    }
}
