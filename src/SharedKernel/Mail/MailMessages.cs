using MimeKit;

namespace WellPath.SharedKernel.Mail;

internal static class MailMessages
{
    /// <summary>
    /// The message for one outbox delivery. Its Message-Id and Date come from the outbox message, so a re-send
    /// after a lost acknowledgement is the same message and a receiver can recognise it.
    /// </summary>
    public static MimeMessage Create(MailRequest mail, MailSettings settings, Guid outboxMessageId, DateTimeOffset occurredAt)
    {
        var message = new MimeMessage
        {
            Subject = mail.Subject,
            Date = occurredAt,
            MessageId = MessageIdFor(outboxMessageId, settings.FromAddress),
            Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(new MailboxAddress(mail.ToName ?? "", mail.ToAddress));
        return message;
    }

    public static string MessageIdFor(Guid outboxMessageId, string fromAddress)
    {
        var domain = fromAddress[(fromAddress.LastIndexOf('@') + 1)..];
        return $"{outboxMessageId:N}@{(domain.Length > 0 ? domain : "wellpath.local")}";
    }
}
