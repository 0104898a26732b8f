namespace WellPath.SharedKernel.Mail;

/// <summary>The outbox event behind <see cref="IMailQueue"/>.</summary>
internal sealed record MailRequested(MailRequest Mail);
